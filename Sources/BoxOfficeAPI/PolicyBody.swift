import BookingEngine

/// `GET /policy` (beyond API.md): the database's policy, which a client needs to say what
/// is allowed before asking (how many seats one may hold, the top-up range). Durations in
/// milliseconds.
public struct PolicyBody: Codable, Sendable, Equatable {
    public var activeCapacity: Int
    public var holdLimit: Int
    public var maxCharge: Int64
    public var balanceCeiling: Int64
    public var admissionIntervalMilliseconds: Int64
    public var holdMilliseconds: Int64
    public var shoppingMilliseconds: Int64
    public var waitingMilliseconds: Int64
    public var holdSweepIntervalMilliseconds: Int64
    public var tokenSweepIntervalMilliseconds: Int64

    public init(_ policy: EngineConfiguration) {
        activeCapacity = policy.activeCapacity
        holdLimit = policy.holdLimit
        maxCharge = policy.maxCharge
        balanceCeiling = policy.balanceCeiling
        admissionIntervalMilliseconds = policy.admissionInterval.wholeMilliseconds
        holdMilliseconds = policy.holdDuration.wholeMilliseconds
        shoppingMilliseconds = policy.activeTokenLifetime.wholeMilliseconds
        waitingMilliseconds = policy.waitingTokenLifetime.wholeMilliseconds
        holdSweepIntervalMilliseconds = policy.holdSweepInterval.wholeMilliseconds
        tokenSweepIntervalMilliseconds = policy.tokenSweepInterval.wholeMilliseconds
    }

    /// The engine's value.
    public var engineValue: EngineConfiguration {
        var policy = EngineConfiguration()
        policy.activeCapacity = activeCapacity
        policy.holdLimit = holdLimit
        policy.maxCharge = maxCharge
        policy.balanceCeiling = balanceCeiling
        policy.admissionInterval = .milliseconds(admissionIntervalMilliseconds)
        policy.holdDuration = .milliseconds(holdMilliseconds)
        policy.activeTokenLifetime = .milliseconds(shoppingMilliseconds)
        policy.waitingTokenLifetime = .milliseconds(waitingMilliseconds)
        policy.holdSweepInterval = .milliseconds(holdSweepIntervalMilliseconds)
        policy.tokenSweepInterval = .milliseconds(tokenSweepIntervalMilliseconds)
        return policy
    }
}
