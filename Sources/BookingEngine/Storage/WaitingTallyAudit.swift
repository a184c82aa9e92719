import GRDB

/// The waiting tally rebuilt from the tokens themselves (`WaitingTally.expected`) and
/// compared with the stored one, for `InvariantAudit`: a cell off would miscount the
/// lapsed waiters ahead of people in line.
enum WaitingTallyAudit {
    /// How many cells differ from what the tokens say, missing or extra ones included.
    static func cellsOff(_ db: Database) throws -> Int {
        Int(try db.int64(
            """
            WITH expected AS MATERIALIZED (\(WaitingTally.expected))
            SELECT (SELECT COUNT(*) FROM waiting_tally s
                    WHERE s.waiters IS NOT (SELECT e.waiters FROM expected e WHERE e.slot = s.slot AND e.grp = s.grp))
                 + (SELECT COUNT(*) FROM expected e
                    WHERE NOT EXISTS (SELECT 1 FROM waiting_tally s WHERE s.slot = e.slot AND s.grp = e.grp))
            """) ?? 0)
    }
}
