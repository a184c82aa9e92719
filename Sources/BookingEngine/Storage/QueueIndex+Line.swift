import GRDB

extension QueueIndex {
    /// The rows of `departure_sums` rebuilt from the tokens themselves, for the audit and for
    /// the migration that builds the table: every number issued has left the line unless it
    /// belongs to a waiter above the lapse mark (see `LapsedWaiters`). The departures are
    /// gathered per bucket first, so the work grows with the numbers issued plus 91 rows a
    /// bucket.
    static func sumsFromTheLine(_ db: Database) throws -> [Int64: Sums] {
        let issuedEnd = try db.int64("SELECT \(nextNumber)") ?? 1
        let staying = try db.int64s(
            """
            SELECT t.seq FROM token t JOIN line_counter q ON q.id = 1
            WHERE t.status = 'waiting' AND (t.expires_at, t.seq) > (q.lapse_mark_expiry, q.lapse_mark_seq)
            ORDER BY t.seq
            """)
        var buckets: [Int64: Sums] = [:]
        var next = staying.makeIterator()
        var stayer = next.next()
        for seq in 1..<max(1, issuedEnd) {
            if seq == stayer {
                stayer = next.next()
                continue
            }
            countDeparture(of: seq, in: &buckets)
        }
        return sums(departuresPerBucket: buckets)
    }
}
