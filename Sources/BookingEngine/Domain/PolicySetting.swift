/// One setting of a database's policy, by the name operators and options use for it.
public enum PolicySetting: String, Sendable, CaseIterable, Codable {
    case activeLimit = "active-limit"
    case admitEvery = "admit-every"
    case holdLimit = "hold-limit"
    case holdFor = "hold-for"
    case activeTTL = "active-ttl"
    case waitingTTL = "waiting-ttl"
    case sweepEvery = "sweep-every"
    case tokenSweepEvery = "token-sweep-every"
    case maxTopUp = "max-top-up"
    case balanceCeiling = "balance-ceiling"

    /// What the setting is, for people: a noun phrase.
    public var meaning: String {
        switch self {
        case .activeLimit: "capacity (buyers shopping at once)"
        case .admitEvery: "admission interval"
        case .holdLimit: "hold limit (seats one buyer may hold)"
        case .holdFor: "hold duration"
        case .activeTTL: "shopping time"
        case .waitingTTL: "waiting lifetime (how long a place in line lasts after its last check)"
        case .sweepEvery: "hold sweep interval"
        case .tokenSweepEvery: "token sweep interval"
        case .maxTopUp: "largest top-up, in points"
        case .balanceCeiling: "balance ceiling, in points"
        }
    }

    /// Whether the value is a duration (like `5m`) rather than a whole number.
    public var isDuration: Bool {
        switch self {
        case .admitEvery, .holdFor, .activeTTL, .waitingTTL, .sweepEvery, .tokenSweepEvery: true
        case .activeLimit, .holdLimit, .maxTopUp, .balanceCeiling: false
        }
    }

    /// The setting's value in `policy`, as a number of milliseconds for durations.
    public func value(in policy: EngineConfiguration) -> Int64 {
        switch self {
        case .activeLimit: Int64(policy.activeCapacity)
        case .admitEvery: policy.admissionInterval.wholeMilliseconds
        case .holdLimit: Int64(policy.holdLimit)
        case .holdFor: policy.holdDuration.wholeMilliseconds
        case .activeTTL: policy.activeTokenLifetime.wholeMilliseconds
        case .waitingTTL: policy.waitingTokenLifetime.wholeMilliseconds
        case .sweepEvery: policy.holdSweepInterval.wholeMilliseconds
        case .tokenSweepEvery: policy.tokenSweepInterval.wholeMilliseconds
        case .maxTopUp: policy.maxCharge
        case .balanceCeiling: policy.balanceCeiling
        }
    }

    /// `policy` with this setting at `value` (milliseconds for durations). Values beyond
    /// what fits are clamped here and refused by `EngineConfiguration.problems`.
    public func set(_ value: Int64, in policy: inout EngineConfiguration) {
        let count = Int(clamping: value)
        let duration = Duration.milliseconds(value)
        switch self {
        case .activeLimit: policy.activeCapacity = count
        case .admitEvery: policy.admissionInterval = duration
        case .holdLimit: policy.holdLimit = count
        case .holdFor: policy.holdDuration = duration
        case .activeTTL: policy.activeTokenLifetime = duration
        case .waitingTTL: policy.waitingTokenLifetime = duration
        case .sweepEvery: policy.holdSweepInterval = duration
        case .tokenSweepEvery: policy.tokenSweepInterval = duration
        case .maxTopUp: policy.maxCharge = value
        case .balanceCeiling: policy.balanceCeiling = value
        }
    }

    /// The value as people write it: a duration as whole units (`h`, `m`, `s`, `ms`, largest
    /// first, combined when needed), any other setting as digits.
    public func text(_ value: Int64) -> String {
        isDuration ? Self.durationText(milliseconds: value) : String(value)
    }

    /// A duration in the option syntax: whole hours, minutes and seconds, or milliseconds.
    public static func durationText(milliseconds: Int64) -> String {
        if milliseconds % 1000 != 0 || milliseconds == 0 { return "\(milliseconds)ms" }
        var seconds = milliseconds / 1000
        var text = ""
        if seconds >= 3600 {
            text += "\(seconds / 3600)h"
            seconds %= 3600
        }
        if seconds >= 60 {
            text += "\(seconds / 60)m"
            seconds %= 60
        }
        if seconds > 0 { text += "\(seconds)s" }
        return text
    }
}

/// Settings a process asks for when it opens a database: they become the policy of a new
/// database; an existing database's stored policy wins, and a different request is refused.
public struct PolicyRequest: Sendable, Equatable {
    /// The settings asked for, in milliseconds for durations.
    public var values: [PolicySetting: Int64]

    public init(_ values: [PolicySetting: Int64] = [:]) {
        self.values = values
    }

    /// Every setting of `policy`, as a request for exactly that policy.
    public init(everything policy: EngineConfiguration) {
        values = Dictionary(uniqueKeysWithValues: PolicySetting.allCases.map { ($0, $0.value(in: policy)) })
    }

    /// The defaults with the requested settings applied: the policy of a new database.
    public var policy: EngineConfiguration {
        var policy = EngineConfiguration()
        for (setting, value) in values { setting.set(value, in: &policy) }
        return policy
    }

    /// The first requested setting that differs from `stored`, as an error that shows the
    /// stored value and names `config set`.
    public func conflict(with stored: EngineConfiguration) -> BookingError? {
        for setting in PolicySetting.allCases {
            guard let asked = values[setting], asked != setting.value(in: stored) else { continue }
            return .policyConflict(setting: setting, stored: setting.value(in: stored), requested: asked)
        }
        return nil
    }
}
