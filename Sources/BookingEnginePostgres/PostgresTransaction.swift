import BookingEngine
import PostgresNIO

/// The store's primitives inside one PostgreSQL transaction: each one statement (or a
/// few), with its values bound as parameters. Lists of numbers travel as one `bigint[]`.
struct PostgresTransaction: StoreWriting {
    let session: PostgresSession
    /// Marked when the transaction records an event, for the store to announce the change
    /// once it commits (`PostgresChangeAnnouncer`).
    var changes: ChangeMark?

    func state() throws -> StoredState {
        guard let row = try session.row(
            """
            SELECT p.active_limit, p.admit_every_ms, p.hold_limit, p.hold_for_ms, p.active_ttl_ms, p.waiting_ttl_ms,
                p.sweep_every_ms, p.token_sweep_every_ms, p.max_top_up, p.balance_ceiling,
                s.recorded_now, s.line_lag, s.qa_offset, s.next_number, s.admitted_through, s.lapses_admitted_past,
                s.lapses_counted, s.lapse_mark
            FROM policy p JOIN state s ON s.id = 1 WHERE p.id = 1
            """)
        else {
            throw BookingError.storageFailure(.said("the database has no policy or state row; it is damaged"))
        }
        var policy = EngineConfiguration()
        policy.activeCapacity = try row.at(0)
        policy.admissionInterval = .milliseconds(try row.at(1, as: Int64.self))
        policy.holdLimit = try row.at(2)
        policy.holdDuration = .milliseconds(try row.at(3, as: Int64.self))
        policy.activeTokenLifetime = .milliseconds(try row.at(4, as: Int64.self))
        policy.waitingTokenLifetime = .milliseconds(try row.at(5, as: Int64.self))
        policy.holdSweepInterval = .milliseconds(try row.at(6, as: Int64.self))
        policy.tokenSweepInterval = .milliseconds(try row.at(7, as: Int64.self))
        policy.maxCharge = try row.at(8)
        policy.balanceCeiling = try row.at(9)
        return StoredState(
            policy: policy,
            clock: StoredClock(recorded: try row.at(10), lineLag: try row.at(11), qaOffset: try row.at(12)),
            line: LineCounters(
                nextNumber: try row.at(13), admittedThrough: try row.at(14), lapsesAdmittedPast: try row.at(15),
                lapsesCounted: try row.at(16), lapseMark: try row.at(17)))
    }

    // The stored state's row is written here and nowhere else.

    func saveClock(_ clock: StoredClock, line: LineCounters) throws {
        try session.run(
            """
            UPDATE state SET recorded_now = \(clock.recorded), line_lag = \(clock.lineLag), qa_offset = \(clock.qaOffset),
                next_number = \(line.nextNumber), admitted_through = \(line.admittedThrough),
                lapses_admitted_past = \(line.lapsesAdmittedPast), lapses_counted = \(line.lapsesCounted), lapse_mark = \(line.lapseMark)
            WHERE id = 1
            """)
    }

    func markCatalogLoaded(at moment: Int64) throws {
        try session.run("UPDATE state SET catalog_loaded_at = \(moment) WHERE id = 1")
    }

    func savePolicy(_ policy: EngineConfiguration) throws {
        let values = Self.policyValues(policy)
        try session.run(
            """
            UPDATE policy SET active_limit = \(values[0]), admit_every_ms = \(values[1]), hold_limit = \(values[2]),
                hold_for_ms = \(values[3]), active_ttl_ms = \(values[4]), waiting_ttl_ms = \(values[5]), sweep_every_ms = \(values[6]),
                token_sweep_every_ms = \(values[7]), max_top_up = \(values[8]), balance_ceiling = \(values[9])
            WHERE id = 1
            """)
    }

    /// The policy's columns in `policy` table order (after `id`).
    static func policyValues(_ policy: EngineConfiguration) -> [Int64] {
        [Int64(policy.activeCapacity), policy.admissionInterval.wholeMilliseconds, Int64(policy.holdLimit),
         policy.holdDuration.wholeMilliseconds, policy.activeTokenLifetime.wholeMilliseconds,
         policy.waitingTokenLifetime.wholeMilliseconds, policy.holdSweepInterval.wholeMilliseconds,
         policy.tokenSweepInterval.wholeMilliseconds, policy.maxCharge, policy.balanceCeiling]
    }
}
