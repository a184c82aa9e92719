/// How a role looks on the terminal: colours (used only when colour is on) and attributes.
struct TextStyle: Equatable {
    /// The attributes every terminal can show, colour or not.
    struct Attributes: OptionSet, Hashable {
        let rawValue: UInt8
        static let bold = Attributes(rawValue: 1 << 0)
        static let dim = Attributes(rawValue: 1 << 1)
        static let underline = Attributes(rawValue: 1 << 2)
        static let reverse = Attributes(rawValue: 1 << 3)
    }

    /// The eight ANSI colours, or whatever the terminal uses by default.
    enum Color: Int16, Equatable {
        case terminalDefault = -1
        case black, red, green, yellow, blue, magenta, cyan, white
    }

    var foreground: Color = .terminalDefault
    var background: Color = .terminalDefault
    var attributes: Attributes = []
}
