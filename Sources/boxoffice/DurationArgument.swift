import ArgumentParser

/// A duration typed on the command line: a whole number with a unit (`ms`, `s`, `m`, `h`), or
/// several such parts in a row, added up.
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

    /// How help shows a default, the way it would be typed (in seconds up to two minutes,
    /// the way short timings are usually said).
    var defaultValueDescription: String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        if milliseconds % 1000 != 0 || milliseconds <= 120_000 {
            return milliseconds % 1000 == 0 ? "\(milliseconds / 1000)s" : "\(milliseconds)ms"
        }
        let parts: [(Int64, String)] = [(milliseconds / 3_600_000, "h"), (milliseconds / 60_000 % 60, "m"), (milliseconds / 1000 % 60, "s")]
        return parts.filter { $0.0 > 0 }.map { "\($0.0)\($0.1)" }.joined()
    }
}
