import BookingEngine
import BookingEnginePostgres

/// How the chaos run samples live active tokens against the capacity while crowds run: a
/// SQLite file through its own read-only connection (`InvariantAudit`), a PostgreSQL
/// database through a store of its own.
enum ChaosSampler {
    case sqlite(InvariantAudit)
    case postgres(PostgresBookingStore)

    init(_ db: String) async throws(BookingError) {
        if PostgresLocation.isPostgres(db) {
            self = .postgres(try await PostgresBookingStore(location: PostgresLocation(url: db), creation: .existingOnly))
        } else {
            self = .sqlite(try InvariantAudit(readOnlyPath: db))
        }
    }

    /// Active tokens live now, and the capacity.
    func liveActiveTokens() async throws(BookingError) -> (live: Int, capacity: Int) {
        switch self {
        case .sqlite(let audit): try audit.liveActiveTokens(clock: SystemClock())
        case .postgres(let store): try await store.liveActiveTokens(clock: SystemClock())
        }
    }
}
