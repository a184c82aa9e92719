extension BookingEngine {
    /// A warning when another process uses this database file and the linked SQLite has
    /// the multi-process WAL-reset race (see `SQLiteWALResetRace`); nil otherwise. Cheap:
    /// one lock probe, no database access. Callers show it once.
    public func sharedFileWarning() async -> String? {
        guard let sqlite = store as? SQLiteBookingStore else { return nil }
        let version = sqlite.sqliteVersion
        guard SQLiteWALResetRace.affects(version: version),
            ProcessPresence.othersPresent(path: sqlite.pool.path) == true
        else { return nil }
        return SQLiteWALResetRace.warning(version: version, path: sqlite.pool.path)
    }
}
