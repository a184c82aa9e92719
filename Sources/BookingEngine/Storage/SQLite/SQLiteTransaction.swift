import GRDB

/// The store's primitives inside one SQLite transaction: each one statement (or a few)
/// through GRDB's cached prepared statements.
struct SQLiteTransaction: StoreWriting {
    let db: Database

    private static let stateQuery = """
        SELECT p.active_limit, p.admit_every_ms, p.hold_limit, p.hold_for_ms, p.active_ttl_ms, p.waiting_ttl_ms,
            p.sweep_every_ms, p.token_sweep_every_ms, p.max_top_up, p.balance_ceiling,
            s.recorded_now, s.line_lag, s.qa_offset, s.next_number, s.admitted_through, s.lapses_admitted_past,
            s.lapses_counted, s.lapse_mark
        FROM policy p JOIN state s ON s.id = 1 WHERE p.id = 1
        """

    func state() throws -> StoredState {
        guard let state = try db.first(Self.stateQuery, [], Self.state(from:)) else {
            throw BookingError.storageFailure(.said("the database has no policy or state row; it is damaged"))
        }
        return state
    }

    private static func state(from row: ResultColumns) -> StoredState {
        var policy = EngineConfiguration()
        policy.activeCapacity = row[0]
        policy.admissionInterval = .milliseconds(row[1] as Int64)
        policy.holdLimit = row[2]
        policy.holdDuration = .milliseconds(row[3] as Int64)
        policy.activeTokenLifetime = .milliseconds(row[4] as Int64)
        policy.waitingTokenLifetime = .milliseconds(row[5] as Int64)
        policy.holdSweepInterval = .milliseconds(row[6] as Int64)
        policy.tokenSweepInterval = .milliseconds(row[7] as Int64)
        policy.maxCharge = row[8]
        policy.balanceCeiling = row[9]
        return StoredState(
            policy: policy,
            clock: StoredClock(recorded: row[10], lineLag: row[11], qaOffset: row[12]),
            line: LineCounters(
                nextNumber: row[13], admittedThrough: row[14], lapsesAdmittedPast: row[15], lapsesCounted: row[16],
                lapseMark: row[17]))
    }

    /// The policy's columns in `policy` table order (after `id`).
    static func policyValues(_ policy: EngineConfiguration) -> [Int64] {
        [Int64(policy.activeCapacity), policy.admissionInterval.wholeMilliseconds, Int64(policy.holdLimit),
         policy.holdDuration.wholeMilliseconds, policy.activeTokenLifetime.wholeMilliseconds,
         policy.waitingTokenLifetime.wholeMilliseconds, policy.holdSweepInterval.wholeMilliseconds,
         policy.tokenSweepInterval.wholeMilliseconds, policy.maxCharge, policy.balanceCeiling]
    }

    func saveClock(_ clock: StoredClock, line: LineCounters) throws {
        try db.run(
            """
            UPDATE state SET recorded_now = ?, line_lag = ?, qa_offset = ?, next_number = ?, admitted_through = ?,
                lapses_admitted_past = ?, lapses_counted = ?, lapse_mark = ?
            WHERE id = 1
            """, [clock.recorded, clock.lineLag, clock.qaOffset, line.nextNumber, line.admittedThrough,
                  line.lapsesAdmittedPast, line.lapsesCounted, line.lapseMark])
    }

    func savePolicy(_ policy: EngineConfiguration) throws {
        try db.run(
            """
            UPDATE policy SET active_limit = ?, admit_every_ms = ?, hold_limit = ?, hold_for_ms = ?, active_ttl_ms = ?,
                waiting_ttl_ms = ?, sweep_every_ms = ?, token_sweep_every_ms = ?, max_top_up = ?, balance_ceiling = ?
            WHERE id = 1
            """, .integers(Self.policyValues(policy)))
    }
}
