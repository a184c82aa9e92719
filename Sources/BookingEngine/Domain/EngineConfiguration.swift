/// A database's policy: timings and limits, stored in the database when it is created and
/// changed only by an operator (`boxoffice config set`). Defaults are SPEC.md's.
public struct EngineConfiguration: Sendable, Equatable {
    /// How many tokens may be active at once.
    public var activeCapacity: Int = 30
    /// How often the admission scheduler runs.
    public var admissionInterval: Duration = .seconds(60)
    /// How often expired tokens are deleted.
    public var tokenSweepInterval: Duration = .seconds(300)
    /// How long a hold lasts before its seat is free again.
    public var holdDuration: Duration = .seconds(300)
    /// How often expired holds are canceled.
    public var holdSweepInterval: Duration = .seconds(60)
    /// Shopping time after admission.
    public var activeTokenLifetime: Duration = .seconds(600)
    /// How long a waiting token lives after its last position poll.
    public var waitingTokenLifetime: Duration = .seconds(120)
    /// How many seats one buyer may hold at once.
    public var holdLimit: Int = 4
    /// The largest single top-up.
    public var maxCharge: Int64 = 1_000_000
    /// The largest balance a buyer may have; the schema enforces the same figure.
    public var balanceCeiling: Int64 = 10_000_000

    public init() {}

    /// The most buyers that may shop at once.
    public static let maxCapacity = 100_000
    /// The most seats one buyer may hold at once.
    public static let maxHoldLimit = 100
    /// The longest any timing may be.
    public static let longestTiming: Duration = .seconds(86_400)

    /// The hard ceiling written into the schema's CHECK constraint.
    public static let schemaBalanceCeiling: Int64 = 10_000_000

    /// Problems that make this configuration unusable, as sentences; empty when valid.
    public var problems: [String] {
        var found: [String] = []
        if !(1...Self.maxCapacity).contains(activeCapacity) {
            found.append("active capacity must be between 1 and \(Self.maxCapacity)")
        }
        if !(1...Self.maxHoldLimit).contains(holdLimit) { found.append("the hold limit must be between 1 and \(Self.maxHoldLimit)") }
        if maxCharge < 1 || maxCharge > balanceCeiling { found.append("the largest top-up must be between 1 point and the balance ceiling") }
        if balanceCeiling < 1 || balanceCeiling > Self.schemaBalanceCeiling {
            found.append("the balance ceiling must be between 1 and \(Self.schemaBalanceCeiling)")
        }
        let timings: [(String, Duration)] = [
            ("admission interval", admissionInterval), ("token sweep interval", tokenSweepInterval),
            ("hold duration", holdDuration), ("hold sweep interval", holdSweepInterval),
            ("active token lifetime", activeTokenLifetime), ("waiting token lifetime", waitingTokenLifetime),
        ]
        for (name, value) in timings where value < .milliseconds(100) || value > Self.longestTiming {
            found.append("the \(name) must be between 100ms and 24h")
        }
        return found
    }
}
