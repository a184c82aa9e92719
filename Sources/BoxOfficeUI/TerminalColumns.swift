/// Terminal column widths of text, independent of the process locale.
///
/// Wide characters (Hangul, CJK ideographs, full-width forms, most emoji) take two
/// columns; combining marks and zero-width characters take none. Rendering measures
/// with this, never with `String.count`.
public enum TerminalColumns {
    /// Columns taken by one grapheme cluster.
    public static func width(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return width(of: first)
    }

    /// Columns taken by a whole string.
    public static func width(of text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    /// Columns taken by one scalar: 0, 1 or 2.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 { return 0 }
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if isZeroWidth(scalar) { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// The longest prefix of `text` that fits in `columns`, never splitting a wide character.
    public static func prefix(_ text: some StringProtocol, fitting columns: Int) -> String {
        var used = 0
        var result = ""
        for character in text {
            let w = width(of: character)
            if used + w > columns { break }
            used += w
            result.append(character)
        }
        return result
    }

    /// `text` cut to `columns`, ending in "…" when something had to go.
    public static func truncate(_ text: some StringProtocol, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if width(of: text) <= columns { return String(text) }
        return prefix(text, fitting: columns - 1) + "…"
    }

    /// `text` broken between words into lines of at most `columns` columns, at most
    /// `maxLines` of them, the last cut with "…" when the text goes on.
    public static func wrap(_ text: String, to columns: Int, maxLines: Int) -> [String] {
        guard columns > 0, maxLines > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if width(of: candidate) <= columns || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines else { return lines.map { truncate($0, to: columns) } }
        var kept = Array(lines.prefix(maxLines))
        kept[maxLines - 1] = prefix(kept[maxLines - 1] + " " + lines[maxLines], fitting: columns - 1) + "…"
        return kept.map { truncate($0, to: columns) }
    }

    /// `text` padded with spaces (or cut) to exactly `columns`.
    public static func pad(_ text: some StringProtocol, to columns: Int) -> String {
        let cut = truncate(text, to: columns)
        return cut + String(repeating: " ", count: max(0, columns - width(of: cut)))
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: break
        }
        return (0x1160...0x11FF).contains(scalar.value) || scalar.value == 0x200B
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
            0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
            0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
            0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
            0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
            0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
            0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
            0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
            0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF,
            0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
