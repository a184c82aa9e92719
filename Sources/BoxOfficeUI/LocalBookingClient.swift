import BookingEngine

/// The client over an engine in this process (the database file is on this machine).
public struct LocalBookingClient: BookingClient {
    public let engine: BookingEngine

    public init(engine: BookingEngine) {
        self.engine = engine
    }

    public func now() -> Timestamp { engine.now() }
    public var configuration: EngineConfiguration { engine.configuration }
    public var localEngine: BookingEngine? { engine }

    public func issueToken(user: String) async throws(BookingError) -> QueueStatus {
        try await engine.issueToken(user: user)
    }

    public func queueStatus(token: TokenID) async throws(BookingError) -> QueueStatus {
        try await engine.queueStatus(token: token)
    }

    public func concerts(token: TokenID) async throws(BookingError) -> [Concert] {
        try await engine.concerts(token: token)
    }

    public func seatMap(token: TokenID, date: DateID) async throws(BookingError) -> SeatMap {
        try await engine.seatMap(token: token, date: date)
    }

    public func hold(token: TokenID, seats: [SeatID]) async throws(BookingError) -> [Hold] {
        try await engine.hold(token: token, seats: seats)
    }

    public func venueOverview(token: TokenID, date: DateID) async throws(BookingError) -> VenueOverview {
        try await engine.venueOverview(token: token, date: date)
    }

    public func sectionSeats(token: TokenID, date: DateID, section: SectionID) async throws(BookingError) -> SectionSeats {
        try await engine.sectionSeats(token: token, date: date, section: section)
    }

    public func holdBest(token: TokenID, date: DateID, count: Int, section: SectionID?, grade: String?) async throws(BookingError) -> [Hold] {
        try await engine.holdBest(token: token, date: date, count: count, section: section, grade: grade)
    }

    public func release(token: TokenID, reservation: ReservationID) async throws(BookingError) {
        try await engine.release(token: token, reservation: reservation)
    }

    public func pay(token: TokenID, reservations: [ReservationID], key: IdempotencyKey) async throws(BookingError) -> Receipt {
        try await engine.pay(token: token, reservations: reservations, key: key)
    }

    public func charge(user: String, amount: Int64, key: IdempotencyKey) async throws(BookingError) -> Int64 {
        try await engine.charge(user: user, amount: amount, key: key)
    }

    public func balance(user: String) async throws(BookingError) -> Int64 {
        try await engine.balance(user: user)
    }

    public func holdsAndBookings(user: String) async throws(BookingError) -> (holds: [Hold], bookings: [Booking]) {
        let holds = try await engine.holds(user: user)
        return (holds, try await engine.bookings(user: user))
    }

    /// Changes other processes made, on a store that announces them (PostgreSQL's
    /// LISTEN/NOTIFY), at most one notice per `noticeGap` (those that come meanwhile fold
    /// into the next): a busy sale announces often, and every notice is a read. Nil on a
    /// store that does not announce; the screens poll the engine then.
    public func watch(_ listener: @escaping @Sendable (ClientNotice) -> Void) -> Task<Void, Never>? {
        guard let signals = engine.changeSignals() else { return nil }
        return Task {
            for await _ in signals {
                listener(.changed)
                try? await Task.sleep(for: Self.noticeGap)
            }
        }
    }

    static let noticeGap: Duration = .milliseconds(500)
}
