/// Reading an amount of points typed by a person.
public enum PointAmount {
    /// Whole points from `text`: ASCII digits only, surrounding spaces ignored, `,` and `_`
    /// accepted as digit group separators. Anything else, or a number past Int64, is
    /// `invalidAmount(.notANumber)`; zero is `.notPositive`.
    public static func parse(_ text: String) throws(BookingError) -> Int64 {
        let trimmed = text.trimmingSpaces()
        let digits = trimmed.filter { $0 != "," && $0 != "_" }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .invalidAmount(.notANumber)
        }
        guard let value = Int64(digits) else { throw .invalidAmount(.notANumber) }
        if value < 1 { throw .invalidAmount(.notPositive) }
        return value
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return self[start...end]
    }
}
