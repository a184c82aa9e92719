import BoxOfficeUI

/// The one table from style roles to looks, in colour and in monochrome.
///
/// Monochrome keeps every seat state distinguishable with attributes alone: available plain,
/// held by others dim, sold dim and underlined, mine bold and underlined, selected reversed,
/// the cursor reversed and bold. Venue sections take their grade's colour as background;
/// without colour the dearer grades are bold or underlined, and each block names its grade.
enum StylePalette {
    /// The look of `role`; without colour, foreground and background stay the terminal's own.
    static func style(for role: StyleRole, color: Bool) -> TextStyle {
        color ? colorStyle(for: role) : TextStyle(attributes: monochromeAttributes(for: role))
    }

    private static func colorStyle(for role: StyleRole) -> TextStyle {
        switch role {
        case .normal: TextStyle()
        case .dim: TextStyle(attributes: .dim)
        case .emphasis: TextStyle(attributes: .bold)
        case .header: TextStyle(foreground: .white, background: .blue, attributes: .bold)
        case .footer: TextStyle(foreground: .black, background: .cyan)
        case .keyHint: TextStyle(foreground: .yellow, attributes: .bold)
        case .available: TextStyle(foreground: .green)
        case .heldByOthers: TextStyle(foreground: .yellow)
        case .sold: TextStyle(foreground: .red, attributes: .dim)
        case .mine: TextStyle(foreground: .magenta, attributes: [.bold, .underline])
        case .selected: TextStyle(foreground: .black, background: .cyan, attributes: .bold)
        case .cursor: TextStyle(foreground: .black, background: .white, attributes: .bold)
        case .error: TextStyle(foreground: .red, attributes: .bold)
        case .success: TextStyle(foreground: .green, attributes: .bold)
        case .warning: TextStyle(foreground: .yellow, attributes: .bold)
        case .stage: TextStyle(foreground: .white, background: .magenta, attributes: .bold)
        case .progress: TextStyle(foreground: .black, background: .green)
        case .border: TextStyle(foreground: .blue)
        case .gradeFirst: TextStyle(foreground: .white, background: .magenta, attributes: .bold)
        case .gradeSecond: TextStyle(foreground: .white, background: .red, attributes: .bold)
        case .gradeThird: TextStyle(foreground: .black, background: .yellow)
        case .gradeFourth: TextStyle(foreground: .black, background: .green)
        case .gradeOther: TextStyle(foreground: .black, background: .cyan)
        }
    }

    private static func monochromeAttributes(for role: StyleRole) -> TextStyle.Attributes {
        switch role {
        case .normal, .available, .border: []
        case .dim, .heldByOthers: .dim
        case .emphasis, .keyHint, .error, .success, .warning: .bold
        case .header: [.reverse, .bold]
        case .footer, .stage, .progress, .selected: .reverse
        case .sold: [.dim, .underline]
        case .mine: [.bold, .underline]
        case .cursor: [.reverse, .bold]
        case .gradeFirst: [.bold, .underline]
        case .gradeSecond: .bold
        case .gradeThird: .underline
        case .gradeFourth, .gradeOther: []
        }
    }
}
