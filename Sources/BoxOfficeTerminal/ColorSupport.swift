/// Whether the terminal should be drawn in colour.
public enum ColorSupport {
    /// Colour unless the user asked for none (`--no-color` or `NO_COLOR`) or the terminal
    /// reports no colours.
    public static func useColor(
        noColorFlag: Bool, environment: [String: String], terminalHasColors: Bool
    ) -> Bool {
        if noColorFlag { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return terminalHasColors
    }
}
