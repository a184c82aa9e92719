/// Where a token stands: waiting in line, or admitted to shop.
public struct QueueStatus: Sendable, Equatable {
    /// The two live states of a token.
    public enum Phase: Sendable, Equatable {
        /// In line. `position` 1 is next; `estimatedWait` comes from the observed admission rate.
        case waiting(position: Int, estimatedWait: WaitEstimate)
        /// Admitted: the buyer may browse, hold and pay until `expiresAt`.
        case active
    }

    public let token: TokenID
    public let user: String
    public let phase: Phase
    /// Waiting: when the token lapses if nobody polls it. Active: when shopping time ends.
    public let expiresAt: Timestamp
    /// How many tokens are waiting in all (for a progress display).
    public let waitingCount: Int
    /// The engine time at which this status was read.
    public let checkedAt: Timestamp

    public init(
        token: TokenID, user: String, phase: Phase, expiresAt: Timestamp,
        waitingCount: Int, checkedAt: Timestamp
    ) {
        self.token = token
        self.user = user
        self.phase = phase
        self.expiresAt = expiresAt
        self.waitingCount = waitingCount
        self.checkedAt = checkedAt
    }

    /// Whether the token is admitted.
    public var isActive: Bool { phase == .active }

    /// The place in line, or nil once admitted.
    public var position: Int? {
        if case .waiting(let position, _) = phase { return position }
        return nil
    }

    /// People ahead in line, or nil once admitted.
    public var peopleAhead: Int? { position.map { $0 - 1 } }
}

/// An estimate of the time left in line, from the admission rate seen recently.
public enum WaitEstimate: Sendable, Equatable {
    /// Nobody has been admitted recently, so there is no rate to go by.
    case unknown
    /// Between `lowSeconds` and `highSeconds` seconds, rounded to whole minutes past one minute.
    case range(lowSeconds: Int64, highSeconds: Int64)
}
