import GRDB

extension SQLiteBookingStore: StoreDiagnostics {
    public func audit(at now: Timestamp, holdsSweptAt: Timestamp?) async throws -> AuditReport {
        try InvariantAudit(reader: pool).report(at: now, holdsSweptAt: holdsSweptAt)
    }

    /// The SQLite library version this process is linked against, like "3.40.1".
    public var sqliteVersion: String {
        (try? pool.read { try String.fetchOne($0, sql: "SELECT sqlite_version()") }) ?? "unknown"
    }

    public var storageDescription: String { "SQLite \(sqliteVersion)" }

    /// A warning when another process uses this database file and the linked SQLite has
    /// the multi-process WAL-reset race (see `SQLiteWALResetRace`); nil otherwise. Cheap:
    /// one lock probe, no database access.
    public func operatorWarning() async -> String? {
        let version = sqliteVersion
        guard SQLiteWALResetRace.affects(version: version), ProcessPresence.othersPresent(path: path) == true else { return nil }
        return SQLiteWALResetRace.warning(version: version, path: path)
    }
}
