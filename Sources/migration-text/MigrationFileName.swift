/// A migration's file name: its number in four digits, a dash, a name in lowercase ASCII
/// letters, digits and dashes, and `.sql`; as `0002-venues.sql`.
enum MigrationFileName {
    /// The number as it starts the file name: four digits.
    static func prefix(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Whether `file` is a valid name for migration `number`.
    static func isValid(_ file: String, number: Int) -> Bool {
        let start = prefix(number) + "-"
        guard file.hasPrefix(start), file.hasSuffix(".sql") else { return false }
        let name = file.utf8.dropFirst(start.utf8.count).dropLast(".sql".utf8.count)
        return !name.isEmpty && name.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
    }
}
