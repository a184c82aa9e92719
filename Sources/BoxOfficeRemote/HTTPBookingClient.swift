import BookingEngine
import BoxOfficeAPI
import BoxOfficeUI
import Synchronization

/// The client over `boxoffice serve`: every flow as a request of API.md, signed in with
/// the buyer's key, acting through the queue token the server issued.
public final class HTTPBookingClient: BookingClient {
    private let connection: ServerConnection
    private let key: String
    private let state: Mutex<State>

    private struct State {
        var policy: EngineConfiguration
        /// Server time minus this process's clock, as the answers that carry it tell.
        var offset: Int64?
        /// Each date's concert, from the concert list (the seat map's path names both).
        var concertOfDate: [DateID: ConcertID] = [:]
    }

    /// A client of the server at `server` (`http://host:port`) for the buyer whose key is
    /// `key`; reads the database's policy first.
    public static func connect(server: String, key: String) async throws(BookingError) -> HTTPBookingClient {
        let connection = ServerConnection(base: server)
        let answer = try await connection.send(.GET, "/policy")
        guard answer.status == 200 else { throw answer.failure }
        let policy = try answer.decode(PolicyBody.self).engineValue
        return HTTPBookingClient(connection: connection, key: key, policy: policy)
    }

    private init(connection: ServerConnection, key: String, policy: EngineConfiguration) {
        self.connection = connection
        self.key = key
        state = Mutex(State(policy: policy))
    }

    public func now() -> Timestamp {
        let local = SystemClock().now().milliseconds
        return Timestamp(milliseconds: local + (state.withLock { $0.offset } ?? 0))
    }

    public var configuration: EngineConfiguration { state.withLock { $0.policy } }
    public var localEngine: BookingEngine? { nil }

    public func issueToken(user: String) async throws(BookingError) -> QueueStatus {
        try await queue(connection.send(.POST, "/queue/token", credential: buyer))
    }

    public func queueStatus(token: TokenID) async throws(BookingError) -> QueueStatus {
        try await queue(connection.send(.GET, "/queue/position", credential: .queueToken(token)))
    }

    public func concerts(token: TokenID) async throws(BookingError) -> [Concert] {
        let bodies = try expect(200, try await connection.send(.GET, "/concerts", credential: .queueToken(token)), [ConcertBody].self)
        let concerts = bodies.compactMap(\.engineValue)
        state.withLock { state in
            for concert in concerts { for date in concert.dates { state.concertOfDate[date.id] = concert.id } }
        }
        return concerts
    }

    /// The concert of `date`, from the concert list (read again when the date is new).
    private func concert(of date: DateID, token: TokenID) async throws(BookingError) -> ConcertID {
        if let known = state.withLock({ $0.concertOfDate[date] }) { return known }
        _ = try await concerts(token: token)
        guard let concert = state.withLock({ $0.concertOfDate[date] }) else { throw .dateNotFound(date) }
        return concert
    }

    public func venueOverview(token: TokenID, date: DateID) async throws(BookingError) -> VenueOverview {
        let concert = try await concert(of: date, token: token)
        let answer = try await connection.send(.GET, "/concerts/\(concert)/dates/\(date)/sections", credential: .queueToken(token))
        guard let overview = try expect(200, answer, VenueOverviewBody.self).engineValue else { throw Self.unreadable }
        observe(overview.checkedAt)
        return overview
    }

    public func sectionSeats(token: TokenID, date: DateID, section: SectionID) async throws(BookingError) -> SectionSeats {
        let concert = try await concert(of: date, token: token)
        let path = "/concerts/\(concert)/dates/\(date)/sections/\(section)/seats"
        let answer = try await connection.send(.GET, path, credential: .queueToken(token))
        guard let seats = try expect(200, answer, SectionSeatsBody.self).engineValue else { throw Self.unreadable }
        observe(seats.checkedAt)
        return seats
    }

    public func holdBest(token: TokenID, date: DateID, count: Int, section: SectionID?, grade: String?) async throws(BookingError) -> [Hold] {
        let request = BestRequest(dateId: date.rawValue, count: count, section: section?.rawValue, grade: grade)
        let answer = try await connection.send(.POST, "/reservations/best", credential: .queueToken(token), body: request)
        return try expect(201, answer, HoldsBody.self).holds.compactMap(\.engineValue)
    }

    public func seatMap(token: TokenID, date: DateID) async throws(BookingError) -> SeatMap {
        let concert = try await concert(of: date, token: token)
        let answer = try await connection.send(.GET, "/concerts/\(concert)/dates/\(date)/seats", credential: .queueToken(token))
        guard let map = try expect(200, answer, SeatMapBody.self).engineValue else { throw Self.unreadable }
        observe(map.checkedAt)
        return map
    }

    public func hold(token: TokenID, seats: [SeatID]) async throws(BookingError) -> [Hold] {
        let answer = try await connection.send(.POST, "/reservations", credential: .queueToken(token), body: HoldRequest(seats: seats.map(\.rawValue)))
        return try expect(201, answer, HoldsBody.self).holds.compactMap(\.engineValue)
    }

    public func release(token: TokenID, reservation: ReservationID) async throws(BookingError) {
        let answer = try await connection.send(.DELETE, "/reservations/\(reservation)", credential: .queueToken(token))
        guard answer.status == 204 else { throw answer.failure }
    }

    public func pay(token: TokenID, reservations: [ReservationID], key: IdempotencyKey) async throws(BookingError) -> Receipt {
        let answer = try await connection.send(
            .POST, "/payments", credential: .queueToken(token), body: PaymentRequest(reservations: reservations.map(\.rawValue)),
            idempotencyKey: key)
        guard answer.status == 200 || answer.status == 201 else { throw answer.failure }
        guard let receipt = try answer.decode(ReceiptBody.self).engineValue(wasAlreadyPaid: answer.status == 200) else { throw Self.unreadable }
        return receipt
    }

    public func charge(user: String, amount: Int64, key: IdempotencyKey) async throws(BookingError) -> Int64 {
        let answer = try await connection.send(.POST, "/points", credential: buyer, body: TopUpRequest(amount: amount), idempotencyKey: key)
        return try expect(200, answer, BalanceBody.self).balance
    }

    public func balance(user: String) async throws(BookingError) -> Int64 {
        try expect(200, try await connection.send(.GET, "/points", credential: buyer), BalanceBody.self).balance
    }

    public func holdsAndBookings(user: String) async throws(BookingError) -> (holds: [Hold], bookings: [Booking]) {
        let body = try expect(200, try await connection.send(.GET, "/bookings", credential: buyer), BookingsBody.self)
        return (body.holds.compactMap(\.engineValue), body.bookings.compactMap(\.engineValue))
    }

    /// Tells `listener` of the connection, and of changes the server pushes (reconnecting
    /// after a second whenever the stream ends; the screens' polling covers the gap).
    public func watch(_ listener: @escaping @Sendable (ClientNotice) -> Void) -> Task<Void, Never>? {
        connection.listen(listener)
        let connection = connection
        return Task.detached {
            while !Task.isCancelled {
                try? await connection.streamChanges { listener(.changed) }
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }

    private var buyer: Credential { .buyerKey(key) }

    private static let unreadable = BookingError.storageFailure(.answerUnreadable)

    private func queue(_ answer: ServerConnection.Answer) throws(BookingError) -> QueueStatus {
        guard answer.status == 200 || answer.status == 201 else { throw answer.failure }
        guard let status = try answer.decode(QueueStatusBody.self).engineValue else { throw Self.unreadable }
        observe(status.checkedAt)
        return status
    }

    private func expect<T: Decodable>(_ status: Int, _ answer: ServerConnection.Answer, _ type: T.Type) throws(BookingError) -> T {
        guard answer.status == status else { throw answer.failure }
        return try answer.decode(T.self)
    }

    /// Learns the server's time from an answer that carries it. The server read its time
    /// before the answer travelled, so each reading is at most the true offset: the
    /// largest one seen is the closest.
    private func observe(_ serverTime: Timestamp) {
        let local = SystemClock().now().milliseconds
        state.withLock { $0.offset = max($0.offset ?? .min, serverTime.milliseconds - local) }
    }
}
