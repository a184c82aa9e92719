import GRDB

/// Waiters who stopped polling and passed their expiry ("lapsed") have left the line at
/// once, but deleting their rows is the sweep's job. In between they are handled in two
/// steps, each bounded so that no transaction holds the write lock for long:
///
/// 1. Counting: up to `step` lapsed waiters at a time, in `(expires_at, seq)` order, are
///    added to the departures of `QueueIndex` and taken out of `WaitingTally`, and the
///    lapse mark in `line_counter` moves past the last of them. Every waiting row at or
///    below the mark is counted.
/// 2. Deleting: the sweep deletes counted rows, `deleteBatch` at a time, without touching
///    the departures again.
///
/// Reads discount the lapsed waiters above the mark themselves and never wait for a write
/// because of them: those of expiry slots already over by `WaitingTally`'s cells, those
/// lapsed in the current slot a step of an index scan each. Every write to the line (a token
/// issued, a keep-alive, an admission) counts one step first, the sweep counts them all,
/// and a poll that found more than `readable` starts counting them in the background.
/// A waiting token is lapsed when its expiry is at or before `lapseTime`: the caller's
/// now, or the mark's expiry when another process's clock got further, so that no process
/// ever keeps alive a waiter another one has already counted out.
enum LapsedWaiters {
    /// The most lapsed waiters one counting transaction handles.
    static let step = 2_000
    /// The most counted waiters one sweep transaction deletes.
    static let deleteBatch = 1_000
    /// Lapsed waiters a read may find uncounted before it has them counted out: until they
    /// are, each costs every poll a step of an index scan (about a sixth of a microsecond)
    /// or a share of a tally cell.
    static let readable: Int64 = 16

    /// The last waiter counted out: everything at or below `(expiry, seq)` is counted.
    /// Also the newest number in `WaitingTally`, kept beside it in `line_counter`.
    struct Mark: Sendable {
        let expiry: Int64
        let seq: Int64
        let talliedThrough: Int64

        /// The moment up to which waiting tokens are lapsed, for a caller at `now`.
        func lapseTime(_ now: Timestamp) -> Int64 { max(now.milliseconds, expiry) }

        /// The arguments of `LapsedWaiters.uncounted` for a caller at `now`.
        func uncountedArguments(_ now: Timestamp) -> [BoundValue] {
            [.integer(expiry), .integer(seq), .integer(expiry), .integer(lapseTime(now))]
        }

        /// The arguments of `LapsedWaiters.uncounted` for a caller at `now`, selecting only
        /// the waiters expiring at `start` or later.
        func uncountedArguments(_ now: Timestamp, expiringFrom start: Int64) -> [BoundValue] {
            [.integer(expiry), .integer(expiry >= start ? seq : .max), .integer(max(expiry, start - 1)), .integer(lapseTime(now))]
        }

        /// Whether the waiting token numbered `seq` expiring at `expiresAt` is counted.
        func covers(expiresAt: Int64, seq: Int64) -> Bool {
            (expiresAt, seq) <= (expiry, self.seq)
        }

        /// Whether the waiting token numbered `seq` expiring at `expiresAt` is in the
        /// waiting tally: numbered at or below its newest number, and not counted out.
        func tallies(expiresAt: Int64, seq: Int64) -> Bool {
            seq <= talliedThrough && !covers(expiresAt: expiresAt, seq: seq)
        }
    }

    /// SQL selecting `columns` of the lapsed waiters not counted out yet, with the
    /// arguments from `Mark.uncountedArguments`, in two seeks of the expiry index (which
    /// is ordered by expiry, then number): the waiters expiring at the mark's moment
    /// numbered after it, then those expiring after it up to the lapse time. One
    /// row-value comparison `(expires_at, seq) > (?, ?)` would read the same rows, but
    /// SQLite seeks on the expiry alone there and steps through every waiter expiring at
    /// the mark's moment, counted or not: all of them when a crowd lapsed at once.
    /// A statement that reads the mark itself passes the SQL for the mark's expiry and
    /// number and for the lapse time instead of the placeholders.
    static func uncounted(
        selecting columns: String, markExpiry: String = "?", markSeq: String = "?", lapseTime: String = "?"
    ) -> String {
        """
        SELECT \(columns) FROM token WHERE status = 'waiting' AND expires_at = \(markExpiry) AND seq > \(markSeq)
        UNION ALL
        SELECT \(columns) FROM token WHERE status = 'waiting' AND expires_at > \(markExpiry) AND expires_at <= \(lapseTime)
        """
    }

    /// The first uncounted lapsed waiters in `(expires_at, seq)` order, up to a limit: the
    /// two seeks merged, each already in that order.
    private static let firstUncounted = "\(uncounted(selecting: "expires_at, seq")) ORDER BY 1, 2 LIMIT ?"

    static func mark(_ db: Database) throws -> Mark {
        guard let mark = try db.firstRow("SELECT lapse_mark_expiry, lapse_mark_seq, tallied_through FROM line_counter WHERE id = 1", [], {
            Mark(expiry: $0.int64(0), seq: $0.int64(1), talliedThrough: $0.int64(2))
        }) else {
            throw BookingError.storageFailure("the queue counter is missing")
        }
        return mark
    }

    /// Counts up to `limit` lapsed waiters as departures and moves the mark past them.
    /// Returns how many (fewer than `limit`: none are left uncounted at `now`) and the mark.
    @discardableResult
    static func count(_ db: Database, now: Timestamp, limit: Int = step) throws -> (counted: Int, mark: Mark) {
        let mark = try mark(db)
        let lapsed = try db.int64Pairs(firstUncounted, mark.uncountedArguments(now) + [.int(limit)])
        guard let last = lapsed.last else { return (0, mark) }
        try QueueIndex.recordDepartures(db, sequences: lapsed.map(\.1))
        try WaitingTally.add(db, delta: -1, waiters: lapsed.filter { $0.1 <= mark.talliedThrough }.map { ($0.0, $0.1) })
        let moved = Mark(expiry: last.0, seq: last.1, talliedThrough: mark.talliedThrough)
        try db.run("UPDATE line_counter SET lapse_mark_expiry = ?, lapse_mark_seq = ? WHERE id = 1", [moved.expiry, moved.seq])
        return (lapsed.count, moved)
    }

    /// Deletes up to `deleteBatch` waiting rows already counted out. Returns how many.
    static func deleteCounted(_ db: Database) throws -> Int {
        let mark = try mark(db)
        return try db.run(
            """
            DELETE FROM token WHERE seq IN (
                SELECT seq FROM token WHERE status = 'waiting' AND (expires_at, seq) <= (?, ?)
                ORDER BY expires_at, seq LIMIT ?)
            """, [mark.expiry, mark.seq, deleteBatch])
    }

    /// Deletes one token that is no longer live, recording its departure from the line
    /// when it was a waiter nobody had counted out yet.
    static func forget(_ token: TokenRecord, _ db: Database) throws {
        if token.status == .waiting, !token.mark.covers(expiresAt: token.expiresAt.milliseconds, seq: token.seq) {
            try QueueIndex.recordDepartures(db, sequences: [token.seq])
            if token.mark.tallies(expiresAt: token.expiresAt.milliseconds, seq: token.seq) {
                try WaitingTally.add(db, delta: -1, waiters: [(token.expiresAt.milliseconds, token.seq)])
            }
        }
        try db.run("DELETE FROM token WHERE seq = ?", [token.seq])
    }
}
