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

    /// Problems that make this configuration unusable; empty when valid.
    public var problems: [PolicyProblem] {
        var found: [PolicyProblem] = []
        if !(1...Self.maxCapacity).contains(activeCapacity) { found.append(.capacityOutOfRange(limit: Self.maxCapacity)) }
        if !(1...Self.maxHoldLimit).contains(holdLimit) { found.append(.holdLimitOutOfRange(limit: Self.maxHoldLimit)) }
        if maxCharge < 1 || maxCharge > balanceCeiling { found.append(.topUpOutOfRange) }
        if balanceCeiling < 1 || balanceCeiling > Self.schemaBalanceCeiling {
            found.append(.balanceCeilingOutOfRange(limit: Self.schemaBalanceCeiling))
        }
        let timings: [(PolicySetting, Duration)] = [
            (.admitEvery, admissionInterval), (.tokenSweepEvery, tokenSweepInterval), (.holdFor, holdDuration),
            (.sweepEvery, holdSweepInterval), (.activeTTL, activeTokenLifetime), (.waitingTTL, waitingTokenLifetime),
        ]
        for (setting, value) in timings where value < .milliseconds(100) || value > Self.longestTiming {
            found.append(.timingOutOfRange(setting))
        }
        return found
    }
}
