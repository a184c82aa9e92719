/// Where the engine keeps its state: the seam between booking rules and a database.
///
/// Each method is one transaction that sees the single moment `now`. Inputs arrive
/// validated by the engine; the store checks everything that needs stored state (tokens,
/// ownership, seat availability, balances) inside the same transaction that acts on it,
/// so the answer holds however many processes share the data. The SQLite store is
/// `SQLiteBookingStore`; a server database would implement the same protocol.
public protocol BookingStore: Sendable {
    func issueToken(user: String, secret: TokenSecret, now: Timestamp, policy: EngineConfiguration) async throws -> QueueStatus
    func queueStatus(token: TokenID, now: Timestamp, policy: EngineConfiguration) async throws -> QueueStatus
    func admit(now: Timestamp, policy: EngineConfiguration) async throws -> Int
    func deleteExpiredTokens(now: Timestamp) async throws -> Int

    func concerts(token: TokenID, now: Timestamp) async throws -> [Concert]
    func dates(token: TokenID, concert: ConcertID, now: Timestamp) async throws -> [ConcertDate]
    func seatMap(token: TokenID, date: DateID, now: Timestamp) async throws -> SeatMap

    func hold(token: TokenID, seats: [SeatID], now: Timestamp, policy: EngineConfiguration) async throws -> [Hold]
    func release(token: TokenID, reservation: ReservationID, now: Timestamp) async throws
    func releaseExpiredHolds(now: Timestamp) async throws -> Int
    func pay(token: TokenID, reservations: [ReservationID], now: Timestamp) async throws -> Receipt
    func holds(user: String, now: Timestamp) async throws -> [Hold]
    func bookings(user: String) async throws -> [Booking]

    func charge(user: String, amount: Int64, now: Timestamp, ceiling: Int64) async throws -> Int64
    func balance(user: String) async throws -> Int64
    func ledger(user: String) async throws -> [LedgerEntry]

    /// Adds the catalog's concerts. With `onlyIntoEmptyDatabase`, does nothing (and returns
    /// nil) when a catalog was ever loaded, so processes opening a new file at once seed it once.
    func loadCatalog(_ catalog: CatalogDocument, now: Timestamp, onlyIntoEmptyDatabase: Bool) async throws -> CatalogSummary?

    /// The QA clock's offset from real time, or nil when the database is not in QA mode.
    /// Synchronous: clocks read it.
    func qaClockOffset() throws -> Duration?
    /// Puts a database that has never been used into QA mode; fails for a used, non-QA one.
    func enableQAMode() async throws
    /// Moves the QA clock of every process sharing the database; returns the new offset.
    func advanceQAClock(by duration: Duration) async throws -> Duration

    /// The figures of the whole engine at `now`.
    func snapshot(now: Timestamp, capacity: Int) async throws -> EngineSnapshot

    /// Turns a storage-level error into the `BookingError` a person should see.
    func describe(_ error: any Error) -> BookingError
}
