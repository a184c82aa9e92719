/// Whole numbers as a catalog writes them: ASCII digits only (no sign, no spaces), within
/// bounds checked before any arithmetic, so no value in a file can overflow what is
/// computed from it.
enum CatalogNumber {
    /// `text` as a number in `range`, or nil when it has anything but digits, more digits
    /// than the range's upper bound, or a value outside the range.
    static func parse(_ text: some StringProtocol, in range: ClosedRange<Int>) -> Int? {
        guard !text.isEmpty, text.utf8.count <= String(range.upperBound).utf8.count,
            text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            let value = Int(text), range.contains(value)
        else { return nil }
        return value
    }
}
