import BookingEngine
import BookingEnginePostgres
import Foundation

/// What `--db` (or `BOXOFFICE_DB`) names: a SQLite file, the embedded default, or a
/// PostgreSQL database given as a `postgres://` URL. Commands open either through here.
enum DatabaseTarget {
    /// An engine on `db`, as `BookingEngine.open(path:…)` opens a file. For PostgreSQL the
    /// database must exist on the server; `creation` other than `.existingOnly` lets an
    /// empty one be set up.
    static func open(
        _ db: String, creation: DatabaseCreation, policy: PolicyRequest = PolicyRequest(), qaMode: Bool = false,
        catalog: String? = nil, seedDemo: Bool = true, clock: any EngineClock = SystemClock(),
        keepAliveWrites: KeepAliveWrites = .immediate
    ) async throws(BookingError) -> BookingEngine {
        guard PostgresLocation.isPostgres(db) else {
            return try await BookingEngine.open(
                path: db, creation: creation, policy: policy, qaMode: qaMode, catalog: catalog, seedDemo: seedDemo, clock: clock,
                keepAliveWrites: keepAliveWrites)
        }
        if let catalog { try BookingEngine.checkCatalog(file: catalog) }
        let store = try await PostgresBookingStore(
            location: PostgresLocation(url: db), creation: creation, policy: policy.policy, qaMode: qaMode, clock: clock)
        return try await BookingEngine.open(
            store: store, policy: policy, catalog: catalog, seedDemo: seedDemo, clock: clock, keepAliveWrites: keepAliveWrites)
    }

    /// Whether opening `db` makes a new database: for a file, `DatabaseFile`'s checks; for
    /// PostgreSQL, whether the database holds no boxoffice schema yet.
    static func opening(_ db: String) async throws -> DatabaseFile.Opening {
        guard PostgresLocation.isPostgres(db) else { return try DatabaseFile.prepareOpening(db) }
        do {
            return try await PostgresBookingStore.holdsBoxoffice(PostgresLocation(url: db)) ? .existing : .new
        } catch {
            throw CommandFailure(error)
        }
    }

    /// Refuses a missing or unusable file; a PostgreSQL database is checked as it opens.
    static func requireExisting(_ db: String) throws(ExitMessage) {
        if !PostgresLocation.isPostgres(db) { try DatabaseFile.requireExisting(db) }
    }

    /// `db` for messages: a URL without its password.
    static func shown(_ db: String) -> String {
        guard PostgresLocation.isPostgres(db), let location = try? PostgresLocation(url: db) else { return db }
        return location.description
    }
}
