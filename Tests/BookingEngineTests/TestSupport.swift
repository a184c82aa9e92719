import BookingEngine
import Foundation
import GRDB
import Testing

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

/// One engine on its own new database file, with a manual clock and a small catalog.
final class TestEngine: Sendable {
    /// Concert 1 has an open 50-seat date (+5d), a date with seats 1–3 sold (+6d) and a
    /// past date; concert 2 (Korean title) has one sold-out date.
    static let catalog = """
        concert: Test Hall Live
          venue: Hall A
          grade: VIP 1-10 300
          grade: R 11-50 100
          date: +5d 19:00 +09:00
          date: +6d 19:00 +09:00 sold 1-3
          date: -1d 19:00 +09:00
        concert: 두 번째 공연
          venue: 작은 홀
          grade: S 1-10 50
          date: +7d 20:00 +09:00 sold-out
        """

    let engine: BookingEngine
    let clock: ManualClock
    let folder: TempFolder
    let path: String

    /// A new database loaded with `catalog` (nothing loaded when nil).
    convenience init(configuration: EngineConfiguration = EngineConfiguration(), catalog: String? = TestEngine.catalog) async throws {
        let folder = try TempFolder()
        try self.init(folder: folder, path: folder.path + "/boxoffice.sqlite", clock: ManualClock(), configuration: configuration)
        if let catalog { try await engine.loadCatalog(text: catalog) }
    }

    private init(folder: TempFolder, path: String, clock: ManualClock, configuration: EngineConfiguration) throws {
        self.folder = folder
        self.path = path
        self.clock = clock
        engine = try BookingEngine(store: SQLiteBookingStore(path: path), configuration: configuration, clock: clock)
    }

    /// A second engine on the same file, folder and clock, as after a restart.
    func reopened() throws -> TestEngine {
        try TestEngine(folder: folder, path: path, clock: clock, configuration: engine.configuration)
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

    /// Runs raw SQL on the file through a separate connection, as another program would.
    func sql<T>(_ body: (Database) throws -> T) throws -> T {
        try DatabaseQueue(path: path).inDatabase(body)
    }

    /// Every stored invariant of SPEC.md that is broken right now, as sentences.
    func violations() throws -> [String] {
        let capacity = engine.configuration.activeCapacity
        let now = clock.now().milliseconds
        return try sql { db in
            var found: [String] = []
            let doubleBooked = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM (SELECT seat_id FROM reservation WHERE status IN ('held', 'confirmed')
                GROUP BY seat_id HAVING COUNT(*) > 1)
                """) ?? 0
            if doubleBooked > 0 { found.append("\(doubleBooked) seats have two live reservations") }
            let unbalanced = try String.fetchAll(db, sql: """
                SELECT b.name FROM buyer b WHERE b.balance != (SELECT COALESCE(SUM(CASE kind WHEN 'charge'
                THEN amount ELSE -amount END), 0) FROM ledger l WHERE l.buyer = b.name)
                """)
            if !unbalanced.isEmpty { found.append("balances differ from ledgers: \(unbalanced)") }
            let badPayments = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM payment p WHERE p.amount != (SELECT COALESCE(SUM(price), 0) FROM reservation
                WHERE payment_id = p.id) OR (SELECT COUNT(*) FROM ledger WHERE payment_id = p.id) != 1
                """) ?? 0
            if badPayments > 0 { found.append("\(badPayments) payments do not match their seats or debit") }
            let active = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM token WHERE status = 'active' AND expires_at > ?", arguments: [now]) ?? 0
            if active > capacity { found.append("\(active) active tokens for capacity \(capacity)") }
            return found
        }
    }

    /// Balance, ledger and live holds of `user`, to check that a refused call changed nothing.
    func snapshot(_ user: String) async throws -> Snapshot {
        Snapshot(
            balance: try await engine.balance(user: user), ledger: try await engine.ledger(user: user),
            holds: try await engine.holds(user: user),
            rows: try sql { try Int.fetchOne($0, sql: "SELECT (SELECT COUNT(*) FROM reservation) + (SELECT COUNT(*) FROM ledger) + (SELECT COUNT(*) FROM buyer)") ?? 0 })
    }

    struct Snapshot: Equatable {
        let balance: Int64
        let ledger: [LedgerEntry]
        let holds: [Hold]
        /// Reservations, ledger rows and buyers in the whole database.
        let rows: Int
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
        return .failure(.storageFailure("\(error)"))
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
