import GRDB

/// Brings a database's schema to this build's version, or sets up a new database: its
/// schema, its policy and its clock. Runs under `SetupLock`, in one transaction.
enum SchemaSetup {
    static func prepare(_ pool: DatabasePool, path: String, policy: EngineConfiguration, qaMode: Bool, now: Timestamp) throws {
        try pool.writeWithoutTransaction { db in
            var created = false
            try db.inTransaction(.immediate) {
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if applicationID == 0, version == 0 {
                    guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") == 0 else {
                        throw BookingError.storageFailure(.otherProgram(file: path))
                    }
                    try migrate(db, from: 0)
                    try start(db, policy: policy, qaMode: qaMode, now: now)
                    created = true
                    return .commit
                }
                guard applicationID == Schema.applicationID else {
                    throw BookingError.storageFailure(.otherProgram(file: path))
                }
                guard version <= Schema.version else {
                    throw BookingError.storageFailure(.newerVersion(file: path))
                }
                if version < Schema.version { try migrate(db, from: version) }
                if qaMode, try Int64.fetchOne(db, sql: "SELECT qa_offset FROM state") == nil {
                    throw BookingError.invalidRequest(.notCreatedInQAMode)
                }
                return .commit
            }
            // The header (application id, version) goes from the log into the file, where
            // `DatabaseFile` reads it before the next opening.
            if created { try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
    }

    /// Applies the migrations after `version`, recording the version reached.
    private static func migrate(_ db: Database, from version: Int) throws {
        for migration in Schema.migrations[version...] {
            try db.execute(sql: migration)
        }
        try db.execute(sql: "PRAGMA user_version = \(Schema.version)")
    }

    /// The first rows of a new database: its policy, and its clock and line at `now`.
    private static func start(_ db: Database, policy: EngineConfiguration, qaMode: Bool, now: Timestamp) throws {
        try db.execute(
            sql: """
                INSERT INTO policy (id, active_limit, admit_every_ms, hold_limit, hold_for_ms, active_ttl_ms, waiting_ttl_ms,
                    sweep_every_ms, token_sweep_every_ms, max_top_up, balance_ceiling)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: StatementArguments(SQLiteTransaction.policyValues(policy)))
        try db.execute(
            sql: """
                INSERT INTO state (id, recorded_now, line_lag, qa_offset, next_number, admitted_through, lapses_admitted_past,
                    lapses_counted, lapse_mark)
                VALUES (1, ?, 0, ?, 1, 0, 0, 0, ?)
                """,
            arguments: [now.milliseconds, qaMode ? 0 : nil, now.milliseconds])
    }
}
