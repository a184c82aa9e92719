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
        /// The venue's IANA time zone, in which the performance's time is shown.
        public let timeZone: String?
        public var free: Int { seats - sold - held }

        public init(
            concertTitle: String, dateID: Int64, startsAt: Timestamp, seats: Int, sold: Int, held: Int, timeZone: String? = nil
        ) {
            self.concertTitle = concertTitle
            self.dateID = dateID
            self.startsAt = startsAt
            self.seats = seats
            self.sold = sold
            self.held = held
            self.timeZone = timeZone
        }
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

    public init(now: Timestamp, waiting: Int, active: Int, capacity: Int, liveHolds: Int, buyers: Int, pointsHeld: Int64,
                dates: [DateFigures]) {
        self.now = now
        self.waiting = waiting
        self.active = active
        self.capacity = capacity
        self.liveHolds = liveHolds
        self.buyers = buyers
        self.pointsHeld = pointsHeld
        self.dates = dates
    }
}
