/// A moment in time: whole milliseconds since the Unix epoch, UTC.
///
/// The engine stores and compares time as integers so that every process sharing a
/// database agrees on ordering and no floating-point rounding creeps into deadlines.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var milliseconds: Int64

    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.milliseconds < rhs.milliseconds
    }

    /// The moment `duration` after this one.
    public static func + (lhs: Timestamp, rhs: Duration) -> Timestamp {
        Timestamp(milliseconds: lhs.milliseconds &+ rhs.wholeMilliseconds)
    }

    /// The moment `duration` before this one.
    public static func - (lhs: Timestamp, rhs: Duration) -> Timestamp {
        Timestamp(milliseconds: lhs.milliseconds &- rhs.wholeMilliseconds)
    }

    /// The time from `other` to this moment (negative when `other` is later).
    public static func - (lhs: Timestamp, rhs: Timestamp) -> Duration {
        .milliseconds(lhs.milliseconds &- rhs.milliseconds)
    }

    public var description: String { "\(milliseconds)ms" }

    /// Encoded as the bare number of milliseconds.
    public init(from decoder: any Decoder) throws {
        milliseconds = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(milliseconds)
    }
}

extension Duration {
    /// The duration truncated to whole milliseconds.
    public var wholeMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds &* 1000 &+ attoseconds / 1_000_000_000_000_000
    }

    /// The duration rounded down to whole seconds.
    public var wholeSeconds: Int64 { components.seconds }
}
