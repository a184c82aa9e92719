/// Why a database's policy cannot be used (see `EngineConfiguration.problems`): a case that
/// a client words in its reader's language, with the bound it speaks of. `english` is the
/// phrase for logs and the engine's own message.
public enum PolicyProblem: Sendable, Equatable {
    /// Capacity outside 1 to `limit` buyers.
    case capacityOutOfRange(limit: Int)
    /// A hold limit outside 1 to `limit` seats.
    case holdLimitOutOfRange(limit: Int)
    /// A largest top-up below 1 point or over the balance ceiling.
    case topUpOutOfRange
    /// A balance ceiling outside 1 to `limit` points.
    case balanceCeilingOutOfRange(limit: Int64)
    /// A timing (a duration setting) shorter than the shortest the engine runs on, or longer
    /// than `EngineConfiguration.longestTiming`.
    case timingOutOfRange(PolicySetting)

    /// The problem as an English phrase, completing "The policy is not usable: …".
    public var english: String {
        switch self {
        case .capacityOutOfRange(let limit): "active capacity must be between 1 and \(limit)"
        case .holdLimitOutOfRange(let limit): "the hold limit must be between 1 and \(limit)"
        case .topUpOutOfRange: "the largest top-up must be between 1 point and the balance ceiling"
        case .balanceCeilingOutOfRange(let limit): "the balance ceiling must be between 1 and \(limit)"
        case .timingOutOfRange(let setting): "the \(Self.timingName(setting)) must be between 100ms and 24h"
        }
    }

    /// A timing's name as the English phrase gives it; a setting that is no timing by its meaning.
    private static func timingName(_ setting: PolicySetting) -> String {
        switch setting {
        case .admitEvery: "admission interval"
        case .tokenSweepEvery: "token sweep interval"
        case .holdFor: "hold duration"
        case .sweepEvery: "hold sweep interval"
        case .activeTTL: "active token lifetime"
        case .waitingTTL: "waiting token lifetime"
        case .activeLimit, .holdLimit, .maxTopUp, .balanceCeiling: setting.meaning
        }
    }
}
