import Foundation
import BookingEngine
import PostgresNIO

/// Brings a database's schema to this build's version, or sets up a new database: its
/// schema, its policy and its clock. Runs in one transaction under an advisory lock, so
/// processes opening one new database at once take turns: the first sets it up, the
/// others find it ready.
enum PostgresSchemaSetup {
    static func prepare(
        _ session: PostgresSession, location: PostgresLocation, creation: DatabaseCreation, policy: EngineConfiguration, qaMode: Bool,
        now: Timestamp
    ) throws {
        try session.run("BEGIN ISOLATION LEVEL READ COMMITTED")
        do {
            try session.run("SELECT pg_advisory_xact_lock(\(PostgresSchema.setupLockKey))")
            try prepareLocked(session, location: location, creation: creation, policy: policy, qaMode: qaMode, now: now)
            try session.run("COMMIT")
        } catch {
            _ = try? session.run("ROLLBACK")
            throw error
        }
    }

    private static func prepareLocked(
        _ session: PostgresSession, location: PostgresLocation, creation: DatabaseCreation, policy: EngineConfiguration, qaMode: Bool,
        now: Timestamp
    ) throws {
        let marked: Bool = try session.value("SELECT to_regclass('boxoffice_schema') IS NOT NULL") ?? false
        guard marked else {
            if creation == .existingOnly {
                throw BookingError.storageFailure(.notSetUp(database: location.description))
            }
            let tables: Int = try session.value("SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()") ?? 0
            guard tables == 0 else {
                throw BookingError.storageFailure(.otherProgramsTables(database: location.description))
            }
            try migrate(session, from: 0)
            try start(session, policy: policy, qaMode: qaMode, now: now)
            return
        }
        let row = try session.row("SELECT application, version FROM boxoffice_schema WHERE id = 1")
        guard let row, try row.at(0, as: String.self) == PostgresSchema.application else {
            throw BookingError.storageFailure(.otherProgramsDatabase(database: location.description))
        }
        let version: Int = try row.at(1)
        guard version <= PostgresSchema.version else {
            throw BookingError.storageFailure(
                .newerSchema(database: location.description, version: version, known: PostgresSchema.version))
        }
        if version < PostgresSchema.version { try migrate(session, from: version) }
        if qaMode, try session.value("SELECT qa_offset FROM state", as: Int64.self) == nil {
            throw BookingError.invalidRequest(.notCreatedInQAMode)
        }
    }

    /// Applies the migrations after `version`, recording the version reached.
    private static func migrate(_ session: PostgresSession, from version: Int) throws {
        for migration in PostgresSchema.migrations[version...] {
            for statement in statements(of: migration) {
                try session.run(PostgresQuery(unsafeSQL: statement))
            }
        }
        try session.run(
            """
            INSERT INTO boxoffice_schema (id, application, version) VALUES (1, \(PostgresSchema.application), \(PostgresSchema.version))
            ON CONFLICT (id) DO UPDATE SET version = excluded.version
            """)
    }

    /// The first rows of a new database: its policy, and its clock and line at `now`.
    private static func start(_ session: PostgresSession, policy: EngineConfiguration, qaMode: Bool, now: Timestamp) throws {
        let values = PostgresTransaction.policyValues(policy)
        try session.run(
            """
            INSERT INTO policy (id, active_limit, admit_every_ms, hold_limit, hold_for_ms, active_ttl_ms, waiting_ttl_ms,
                sweep_every_ms, token_sweep_every_ms, max_top_up, balance_ceiling)
            VALUES (1, \(values[0]), \(values[1]), \(values[2]), \(values[3]), \(values[4]), \(values[5]), \(values[6]), \(values[7]),
                \(values[8]), \(values[9]))
            """)
        let qaOffset: Int64? = qaMode ? 0 : nil
        try session.run(
            """
            INSERT INTO state (id, recorded_now, line_lag, qa_offset, next_number, admitted_through, lapses_admitted_past,
                lapses_counted, lapse_mark)
            VALUES (1, \(now.milliseconds), 0, \(qaOffset), 1, 0, 0, 0, \(now.milliseconds))
            """)
    }

    /// The statements of a migration, split at each `;` outside quotes and `$$` bodies: the
    /// extended protocol takes one statement at a time.
    static func statements(of sql: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var inQuote = false
        var inBody = false
        var previous: Character = " "
        for character in sql {
            current.append(character)
            if character == "'", !inBody { inQuote.toggle() }
            if character == "$", previous == "$", !inQuote {
                inBody.toggle()
                previous = " "
                continue
            }
            if character == ";", !inQuote, !inBody {
                statements.append(current)
                current = ""
            }
            previous = character
        }
        if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { statements.append(current) }
        return statements
    }
}
