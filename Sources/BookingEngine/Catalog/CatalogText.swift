/// The characters a catalog line may hold: text a terminal prints as text. Control
/// characters (C0 including NUL, DEL and C1, which carry terminal escape sequences) are
/// refused, tabs aside, which separate fields.
enum CatalogText {
    /// The first control character in `line` and its column (1-based, in characters).
    static func firstControlCharacter(in line: Substring) -> (scalar: Unicode.Scalar, column: Int)? {
        var column = 0
        for character in line {
            column += 1
            if let scalar = character.unicodeScalars.first(where: isRefused) { return (scalar, column) }
        }
        return nil
    }

    /// `U+001B`: how a message names a character without printing it.
    static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && scalar.properties.generalCategory == .control
    }
}
