/// The engine's figures at one moment: what the inspector and `boxoffice status` show.
public struct EngineSnapshot: Sendable, Equatable, Codable {
    /// One upcoming performance and how its seats stand.
    public struct DateFigures: Sendable, Equatable, Codable {
        public let concertTitle: String
        public let dateID: Int64
        public let startsAt: Timestamp
        public let seats: Int
        public let sold: Int
        public let held: Int
        public var free: Int { seats - sold - held }
    }

    public let now: Timestamp
    public let waiting: Int
    public let active: Int
    public let capacity: Int
    public let liveHolds: Int
    public let buyers: Int
    /// Sum of all balances; equals charges minus payments (points are conserved).
    public let pointsHeld: Int64
    public let dates: [DateFigures]
}
