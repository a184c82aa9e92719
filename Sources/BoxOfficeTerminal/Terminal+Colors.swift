import BoxOfficeUI
import CNcursesw

extension Terminal {
    /// ncurses attributes and colour pair for drawing `role`.
    func cursesStyle(for role: StyleRole) -> (attributes: attr_t, pair: Int16) {
        let style = StylePalette.style(for: role, color: usesColor)
        return (Terminal.cursesAttributes(style.attributes), usesColor ? Terminal.pair(for: role) : 0)
    }

    static func cursesAttributes(_ attributes: TextStyle.Attributes) -> attr_t {
        var result = boxoffice_a_normal()
        if attributes.contains(.bold) { result |= boxoffice_a_bold() }
        if attributes.contains(.dim) { result |= boxoffice_a_dim() }
        if attributes.contains(.underline) { result |= boxoffice_a_underline() }
        if attributes.contains(.reverse) { result |= boxoffice_a_reverse() }
        return result
    }

    /// The colour pair that holds `role`'s colours: one pair per role, after pair 0.
    static func pair(for role: StyleRole) -> Int16 {
        Int16(role.rawValue) + 1
    }

    /// Starts colour and defines one pair per role; false when the terminal cannot hold them.
    static func startColors() -> Bool {
        guard start_color() == OK, boxoffice_color_pairs() > StyleRole.allCases.count else { return false }
        let hasDefaults = use_default_colors() == OK
        for role in StyleRole.allCases {
            let style = StylePalette.style(for: role, color: true)
            let foreground = hasDefaults || style.foreground != .terminalDefault ? style.foreground : .white
            let background = hasDefaults || style.background != .terminalDefault ? style.background : .black
            init_pair(pair(for: role), foreground.rawValue, background.rawValue)
        }
        return true
    }
}
