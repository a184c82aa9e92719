import ArgumentParser

/// A duration typed on the command line: `500ms`, `90s`, `5m`, `1h`, or combinations like `1m30s`.
struct DurationArgument: ExpressibleByArgument, Sendable {
    let duration: Duration

    /// The longest duration accepted for any timing.
    static let maximum: Duration = .seconds(7 * 24 * 3600)

    init?(argument: String) {
        guard let parsed = Self.parse(argument) else { return nil }
        duration = parsed
    }

    init(_ duration: Duration) {
        self.duration = duration
    }

    static func parse(_ text: String) -> Duration? {
        var total: Duration = .zero
        var digits = ""
        var unit = ""
        var sawPart = false
        func flush() -> Bool {
            guard !digits.isEmpty, let value = Int64(digits), value <= 1_000_000_000 else { return false }
            switch unit {
            case "ms": total += .milliseconds(value)
            case "s": total += .seconds(value)
            case "m": total += .seconds(value * 60)
            case "h": total += .seconds(value * 3600)
            default: return false
            }
            digits = ""
            unit = ""
            sawPart = true
            return true
        }
        for character in text.lowercased() {
            if character.isASCII, character.isNumber {
                if !unit.isEmpty { guard flush() else { return nil } }
                digits.append(character)
            } else if "mhs".contains(character) {
                guard !digits.isEmpty else { return nil }
                unit.append(character)
            } else {
                return nil
            }
        }
        guard flush(), sawPart, total > .zero, total <= maximum else { return nil }
        return total
    }

    static var defaultValueDescription: String { "a duration like 500ms, 90s, 5m or 1h" }
}
