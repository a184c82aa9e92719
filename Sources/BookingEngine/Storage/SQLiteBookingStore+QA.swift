import GRDB

extension SQLiteBookingStore {
    public func qaClockOffset() throws -> Duration? {
        try pool.read { db in
            guard try db.int64("SELECT 1 FROM engine_meta WHERE key = 'qa_mode'") != nil else { return nil }
            let text = try String.fetchOne(db, sql: "SELECT value FROM engine_meta WHERE key = 'qa_offset_ms'") ?? "0"
            return .milliseconds(Int64(text) ?? 0)
        }
    }

    public func enableQAMode() async throws {
        try await write { db in
            if try db.int64("SELECT 1 FROM engine_meta WHERE key = 'qa_mode'") != nil { return }
            let used = try db.int64("SELECT 1 FROM engine_meta WHERE key = 'catalog_loaded_at'") != nil
                || (try db.int64("SELECT 1 FROM buyer LIMIT 1")) != nil
            if used {
                throw BookingError.invalidRequest(
                    "This database was not created in QA mode, so its clock cannot be moved; start QA on a new file with --db")
            }
            try db.run("INSERT INTO engine_meta (key, value) VALUES ('qa_mode', '1'), ('qa_offset_ms', '0')")
        }
    }

    public func advanceQAClock(by duration: Duration) async throws -> Duration {
        try await write { db in
            guard try db.int64("SELECT 1 FROM engine_meta WHERE key = 'qa_mode'") != nil else {
                throw BookingError.invalidRequest("This database is not in QA mode, so its clock cannot be moved; start QA on a new file with --qa")
            }
            let current = Int64(try String.fetchOne(db, sql: "SELECT value FROM engine_meta WHERE key = 'qa_offset_ms'") ?? "0") ?? 0
            let (next, overflow) = current.addingReportingOverflow(duration.wholeMilliseconds)
            guard !overflow, next >= 0, next <= 366 * 86_400_000 else {
                throw BookingError.invalidRequest("The QA clock can be moved forward by at most a year in all")
            }
            try db.run("UPDATE engine_meta SET value = ? WHERE key = 'qa_offset_ms'", [String(next)])
            return .milliseconds(next)
        }
    }
}
