import BookingEngine

/// A token's place, as `POST /queue/token` and `GET /queue/position` answer (API.md's
/// QueueStatus). Beyond API.md: `estimatedWait` (the range the estimate comes from),
/// `checkedAt` (the server's time of the answer) and `buyer`.
public struct QueueStatusBody: Codable, Sendable, Equatable {
    public var token: String
    /// `waiting` or `active`.
    public var status: String
    /// 1 for the next to be admitted; null once active.
    public var position: Int?
    public var ahead: Int
    public var waiting: Int
    public var estimatedWaitSeconds: Int64?
    public var estimatedWait: WaitRangeBody?
    public var expiresAt: String
    public var checkedAt: String
    public var buyer: String

    /// An estimate of the wait, in whole seconds.
    public struct WaitRangeBody: Codable, Sendable, Equatable {
        public var lowSeconds: Int64
        public var highSeconds: Int64
    }

    public init(_ status: QueueStatus) {
        token = Credential.wire(status.token)
        self.status = status.isActive ? "active" : "waiting"
        position = status.position
        ahead = status.peopleAhead ?? 0
        waiting = status.waitingCount
        if case .waiting(_, .range(let low, let high)) = status.phase {
            estimatedWait = WaitRangeBody(lowSeconds: low, highSeconds: high)
            estimatedWaitSeconds = (low + high) / 2
        }
        expiresAt = APITime.format(status.expiresAt)
        checkedAt = APITime.format(status.checkedAt)
        buyer = status.user
    }

    /// The engine's value this body describes, or nil when a field is out of shape.
    public var engineValue: QueueStatus? {
        guard let token = Credential.token(fromWire: token), let expires = APITime.parse(expiresAt),
              let checked = APITime.parse(checkedAt) else { return nil }
        let phase: QueueStatus.Phase
        switch (status, position) {
        case ("active", _): phase = .active
        case ("waiting", let position?):
            let estimate = estimatedWait.map { WaitEstimate.range(lowSeconds: $0.lowSeconds, highSeconds: $0.highSeconds) } ?? .unknown
            phase = .waiting(position: position, estimatedWait: estimate)
        default: return nil
        }
        return QueueStatus(token: token, user: buyer, phase: phase, expiresAt: expires, waitingCount: waiting, checkedAt: checked)
    }

    private enum CodingKeys: String, CodingKey {
        case token, status, position, ahead, waiting, estimatedWaitSeconds, estimatedWait, expiresAt, checkedAt, buyer
    }

    /// Written with `null` for an absent position or estimate, as API.md shows them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(token, forKey: .token)
        try container.encode(status, forKey: .status)
        try container.encode(position, forKey: .position)
        try container.encode(ahead, forKey: .ahead)
        try container.encode(waiting, forKey: .waiting)
        try container.encode(estimatedWaitSeconds, forKey: .estimatedWaitSeconds)
        try container.encode(estimatedWait, forKey: .estimatedWait)
        try container.encode(expiresAt, forKey: .expiresAt)
        try container.encode(checkedAt, forKey: .checkedAt)
        try container.encode(buyer, forKey: .buyer)
    }
}
