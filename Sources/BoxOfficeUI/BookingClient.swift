import BookingEngine

/// What the screens' effects call: the engine's flows for one buyer, wherever the engine
/// is. `LocalBookingClient` calls an engine in this process; the HTTP client of
/// `BoxOfficeRemote` calls `boxoffice serve`. The screens do not know which.
///
/// Every failure is a `BookingError`, as the engine's are. A client that can lose its
/// connection keeps retrying a call itself (with the same request key, so nothing is done
/// twice) and says so through `watch`, rather than failing the call.
public protocol BookingClient: Sendable {
    /// The booking time now, for countdowns (the database's time, as far as known).
    func now() -> Timestamp
    /// The database's policy as last seen (hold limit, top-up range).
    var configuration: EngineConfiguration { get }
    /// The engine itself when it runs in this process: the inspector and its QA keys need it.
    var localEngine: BookingEngine? { get }

    func issueToken(user: String) async throws(BookingError) -> QueueStatus
    func queueStatus(token: TokenID) async throws(BookingError) -> QueueStatus
    func concerts(token: TokenID) async throws(BookingError) -> [Concert]
    func seatMap(token: TokenID, date: DateID) async throws(BookingError) -> SeatMap
    func hold(token: TokenID, seats: [SeatID]) async throws(BookingError) -> [Hold]
    /// The venue of a performance at a glance: sections with their free/total seats.
    func venueOverview(token: TokenID, date: DateID) async throws(BookingError) -> VenueOverview
    /// One section of a performance, seat by seat.
    func sectionSeats(token: TokenID, date: DateID, section: SectionID) async throws(BookingError) -> SectionSeats
    /// Best available: `count` seats together (or the nearest split) in one transaction.
    func holdBest(token: TokenID, date: DateID, count: Int, section: SectionID?, grade: String?) async throws(BookingError) -> [Hold]
    func release(token: TokenID, reservation: ReservationID) async throws(BookingError)
    func pay(token: TokenID, reservations: [ReservationID], key: IdempotencyKey) async throws(BookingError) -> Receipt
    func charge(user: String, amount: Int64, key: IdempotencyKey) async throws(BookingError) -> Int64
    func balance(user: String) async throws(BookingError) -> Int64
    /// The buyer's live holds and confirmed bookings.
    func holdsAndBookings(user: String) async throws(BookingError) -> (holds: [Hold], bookings: [Booking])

    /// Starts telling `listener` what happens besides the calls' answers: the connection
    /// lost and back, and changes others made that the screen may want to reload. Nil when
    /// this client has nothing to tell (the screens then poll, as always).
    func watch(_ listener: @escaping @Sendable (ClientNotice) -> Void) -> Task<Void, Never>?
}

/// Why calls do not reach the engine, as a client can tell; the screens say it in the
/// buyer's language.
public enum ConnectionProblem: Sendable, Equatable {
    /// The server asked to slow down (429).
    case slowDown
    /// A gateway could not reach the server (502, 504).
    case unreachable
    /// The server cannot use its database for now (503).
    case busy
    /// No answer came in time.
    case noAnswer
    /// Nothing listens at the server's address.
    case notRunning
    /// The connection failed otherwise.
    case failed

    /// The few words that say why calls do not get through.
    public var words: MessageKey {
        switch self {
        case .slowDown: .connectionSlowDown
        case .unreachable: .connectionUnreachable
        case .busy: .connectionBusy
        case .noAnswer: .connectionNoAnswer
        case .notRunning: .connectionNotRunning
        case .failed: .connectionFailed
        }
    }
}

/// What a client tells the screens besides the calls' answers.
public enum ClientNotice: Sendable, Equatable {
    /// Calls cannot reach the engine, for `reason`. They are retried.
    case connectionLost(reason: ConnectionProblem)
    /// Calls reach the engine again.
    case connectionRestored
    /// Someone changed seats or the line: what is on screen may be out of date.
    case changed
}
