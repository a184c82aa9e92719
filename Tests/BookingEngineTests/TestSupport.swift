@testable import BookingEngine
import BookingEnginePostgres
import Foundation
import GRDB
import Testing

/// The stores every contract test runs against: PostgreSQL too when
/// `BOXOFFICE_TEST_POSTGRES` names a server (see `PostgresTestDatabase`).
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case memory
    case postgres

    static var allCases: [StoreKind] {
        PostgresTestDatabase.isConfigured ? [.sqlite, .memory, .postgres] : [.sqlite, .memory]
    }

    var testDescription: String { rawValue }

    /// A store of this kind on a new database: the file at `path` for SQLite.
    func newStore(
        path: String, configuration: EngineConfiguration, qaMode: Bool = false, clock: any EngineClock
    ) async throws -> (store: any BookingStore, database: PostgresTestDatabase?) {
        switch self {
        case .sqlite: return (try SQLiteBookingStore(path: path, policy: configuration, qaMode: qaMode, clock: clock), nil)
        case .memory: return (try MemoryBookingStore(policy: configuration, qaMode: qaMode, clock: clock), nil)
        case .postgres:
            let database = try await PostgresTestDatabase()
            let store = try await PostgresBookingStore(location: database.location, policy: configuration, qaMode: qaMode, clock: clock)
            return (store, database)
        }
    }
}

/// A fresh temporary folder, removed when the last engine using it is gone.
final class TempFolder: Sendable {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "boxoffice-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// One engine on its own new database (a file, or memory), with a manual clock and a
/// small catalog.
final class TestEngine: Sendable {
    /// Concert 1 has an open 50-seat date (+5d), a date with seats 1–3 sold (+6d) and a
    /// past date; concert 2 (Korean title) has one sold-out date. Hall A's seats 1–10 are
    /// section VIP (row A), 11–50 section R (rows A–D); both halls are in Asia/Seoul.
    static let catalog = """
        venues:
          - name: Hall A
            zone: Asia/Seoul
            stage: [0, 0, 2, 1]
            sections:
              - {name: VIP, grade: VIP, price: 300, place: [0, 1, 2, 1], rows: 1 x 10, labels: letters}
              - {name: R, grade: R, price: 100, place: [0, 2, 2, 1], rows: 4 x 10, labels: letters}
          - name: 작은 홀
            zone: Asia/Seoul
            sections:
              - {name: S, grade: S, price: 50, place: [0, 0], rows: 1 x 10}
        concerts:
          - title: Test Hall Live
            venue: Hall A
            dates:
              - at: +5d 19:00
              - {at: +6d 19:00, sold: [VIP A 1-3]}
              - at: -1d 19:00
          - title: 두 번째 공연
            venue: 작은 홀
            dates:
              - {at: +7d 20:00, sold: all}
        """

    let kind: StoreKind
    let engine: BookingEngine
    let clock: ManualClock
    let folder: TempFolder
    /// The database file (for a SQLite store).
    let path: String
    /// The database (for a PostgreSQL store), dropped with the engine.
    let database: PostgresTestDatabase?

    /// A new database with `configuration` as its policy, loaded with `catalog` (nothing
    /// when nil). Keep-alives are written by the polls themselves unless a test asks for
    /// batches, so that every test is deterministic.
    convenience init(
        _ kind: StoreKind = .sqlite, configuration: EngineConfiguration = EngineConfiguration(), catalog: String? = TestEngine.catalog,
        keepAliveWrites: KeepAliveWrites = .immediate
    ) async throws {
        let folder = try TempFolder()
        let clock = ManualClock()
        let path = folder.path + "/boxoffice.sqlite"
        let (store, database) = try await kind.newStore(path: path, configuration: configuration, clock: clock)
        try await self.init(
            kind: kind, store: store, folder: folder, path: path, database: database, clock: clock, keepAliveWrites: keepAliveWrites)
        if let catalog { try await engine.loadCatalog(text: catalog) }
    }

    private init(
        kind: StoreKind, store: any BookingStore, folder: TempFolder, path: String, database: PostgresTestDatabase? = nil,
        clock: ManualClock, keepAliveWrites: KeepAliveWrites = .immediate
    ) async throws {
        self.kind = kind
        self.folder = folder
        self.path = path
        self.database = database
        self.clock = clock
        engine = try await BookingEngine(store: store, clock: clock, keepAliveWrites: keepAliveWrites)
    }

    /// A second engine on the same database, folder and clock, as after a restart (not in memory).
    func reopened() async throws -> TestEngine {
        precondition(kind != .memory, "memory cannot be reopened")
        if kind == .postgres, let database {
            let store = try await PostgresBookingStore(location: database.location, clock: clock)
            return try await TestEngine(kind: kind, store: store, folder: folder, path: path, database: database, clock: clock)
        }
        return try await TestEngine(kind: kind, store: SQLiteBookingStore(path: path, clock: clock), folder: folder, path: path, clock: clock)
    }

    /// Lets `duration` pass as it does while the engine runs: in steps of at most 30 s,
    /// each followed by a scheduler's write (a hold sweep), so that line time keeps pace
    /// with engine time (see `EngineTime`). `clock.advance` alone is a clock jump.
    func pass(_ duration: Duration) async throws {
        var left = duration
        while left > .zero {
            let step = min(left, .seconds(30))
            clock.advance(by: step)
            try await engine.releaseExpiredHolds()
            left -= step
        }
    }

    /// Tokens for `users`, issued in this order and then admitted; fails unless all are active.
    func admitted(_ users: [String]) async throws -> [TokenID] {
        var tokens: [TokenID] = []
        for user in users { tokens.append(try await engine.issueToken(user: user).token) }
        try await engine.runAdmission()
        for token in tokens where try await !engine.queueStatus(token: token).isActive {
            throw BookingError.tokenNotActive(position: 0)
        }
        return tokens
    }

    func admitted(_ user: String) async throws -> TokenID {
        try await admitted([user])[0]
    }

    /// The seats of the open 50-seat date (concert 1, first upcoming date).
    func openSeats(token: TokenID) async throws -> [Seat] {
        try await seatMap(token: token, concert: 0, date: 0).seats
    }

    /// The seat map of the `date`-th upcoming date of the `concert`-th concert.
    func seatMap(token: TokenID, concert: Int, date: Int) async throws -> SeatMap {
        let concerts = try await engine.concerts(token: token)
        return try await engine.seatMap(token: token, date: concerts[concert].dates[date].id)
    }

    /// Reads the store directly, as the engine's rules do, without a token.
    func stored<T: Sendable>(_ body: @escaping @Sendable (any StoreReading) throws -> T) async throws -> T {
        try await engine.store.read(body)
    }

    /// Runs raw SQL on the file through a separate connection, as another program would (SQLite only).
    func sql<T>(_ body: (Database) throws -> T) throws -> T {
        precondition(kind == .sqlite, "raw SQL needs a file")
        return try DatabaseQueue(path: path).inDatabase(body)
    }

    /// Every stored invariant of SPEC.md that is broken right now, as sentences.
    func violations() async throws -> [String] {
        try await engine.audit().violations
    }

    /// Balance, ledger, holds and bookings of `user`, and the whole database's figures, to
    /// check that a refused call changed nothing.
    func snapshot(_ user: String) async throws -> Snapshot {
        let figures = try await engine.snapshot()
        return Snapshot(
            balance: try await engine.balance(user: user), ledger: try await engine.ledger(user: user),
            holds: try await engine.holds(user: user), bookings: try await engine.bookings(user: user),
            line: [figures.waiting, figures.active, figures.liveHolds, figures.buyers], pointsHeld: figures.pointsHeld,
            dates: figures.dates)
    }

    /// What a refused call must leave as it was (the figures' moment aside).
    struct Snapshot: Equatable {
        let balance: Int64
        let ledger: [LedgerEntry]
        let holds: [Hold]
        let bookings: [Booking]
        let line: [Int]
        let pointsHeld: Int64
        let dates: [EngineSnapshot.DateFigures]
    }
}

extension BookingEngine {
    /// A payment under a fresh request key: one attempt.
    func pay(token: TokenID, reservations: [ReservationID]) async throws(BookingError) -> Receipt {
        try await pay(token: token, reservations: reservations, key: .random())
    }

    /// A top-up under a fresh request key: one attempt.
    func charge(user: String, amount: Int64) async throws(BookingError) -> Int64 {
        try await charge(user: user, amount: amount, key: .random())
    }

    /// A top-up of typed text under a fresh request key.
    func charge(user: String, amountText: String) async throws(BookingError) -> Int64 {
        try await charge(user: user, amountText: amountText, key: .random())
    }
}

/// The outcome of an engine call as a value, for counting winners. Engine calls throw
/// only `BookingError`; anything else is recorded as a test failure.
func outcome<T>(_ body: () async throws -> T) async -> Result<T, BookingError> {
    do {
        return .success(try await body())
    } catch let error as BookingError {
        return .failure(error)
    } catch {
        Issue.record("an engine call threw \(error), which is not a BookingError")
        return .failure(.storageFailure(.said("\(error)")))
    }
}

/// The error code an engine call failed with, or nil when it succeeded.
func errorCode<T>(_ body: () async throws -> T) async -> String? {
    if case .failure(let error) = await outcome(body) { return error.code }
    return nil
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

extension TokenID {
    /// An id nobody was issued, spelled as the engine spells ids: a fresh secret, a dash
    /// and `sequence` in hex, which may well be a real token's number.
    static func guessed(sequence: Int64 = 1) -> TokenID {
        TokenID(rawValue: TokenSecret.random().hex + "-" + String(sequence, radix: 16))
    }
}

/// Small catalogs in the catalog's YAML, for tests that need one of their own.
enum TestCatalog {
    /// One concert with one date at a hall of one section of `seats` seats in one row.
    static func small(title: String, venue: String = "Hall", seats: Int = 5, at: String = "+3d 19:00", zone: String = "Asia/Seoul") -> String {
        """
        venues:
          - {name: \(venue), zone: \(zone), sections: [{name: A, grade: A, price: 10, place: [0, 0], rows: 1 x \(seats)}]}
        concerts:
          - {title: \(title), venue: \(venue), dates: [{at: \(at)}]}

        """
    }
}
