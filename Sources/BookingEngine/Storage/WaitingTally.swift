import GRDB

/// How many waiters not counted out yet (see `LapsedWaiters`) expire in each slot of time
/// and hold a number in each group of the line, kept as they are written: in
/// `waiting_tally`, one row per cell that holds any (a trigger deletes a cell that
/// empties). A read then finds the lapsed waiters nobody counted out yet by summing the
/// cells of the slots already over, instead of stepping through every one of them: when a
/// crowd of 100,000 lapses at once, a few thousand cells instead of 100,000 index entries.
/// Only the waiters expiring in the current slot, and those of the reader's own group,
/// are still read one by one.
///
/// A waiter is in the tally from shortly after its issue until it is admitted, counted
/// out or deleted uncounted; a keep-alive moves it to its new slot. Token issues add
/// themselves `block` at a time, up to a number kept as `line_counter.tallied_through`:
/// one more page written per token issue cost B1 about 7 µs of its 44, which one write
/// per `block` issues spreads thin. Reads step through the newest numbers above it.
enum WaitingTally {
    /// Token issues tallied together: a read steps through at most `block - 1` numbers
    /// that are not in the tally yet.
    static let block: Int64 = 16
    /// The width of a slot of expiry time. A read steps through the waiters that lapsed
    /// in the current slot: when a crowd lapses at the same moment, for up to this long.
    static let slotMilliseconds: Int64 = 250
    /// Numbers per group: 1,024. A read that finds lapsed waiters uncounted in its own
    /// group steps through up to this many numbers.
    static let groupShift: Int64 = 10

    /// The slot a waiter expiring at `expiry` (milliseconds since 1970) falls in.
    static func slot(_ expiry: Int64) -> Int64 { expiry / slotMilliseconds }

    /// The group the number `seq` falls in.
    static func group(_ seq: Int64) -> Int64 { seq >> groupShift }

    /// Adds `delta` to the cell of each waiter given by its expiry and number: one
    /// statement per cell touched (counting 2,000 lapsed waiters out touches a few dozen
    /// cells, admitting 2,000 a handful). A cell taken below zero, or one missing that
    /// should be taken from, means the tally disagrees with the line: the write fails
    /// instead of going on with wrong places in line.
    static func add(_ db: Database, delta: Int64, waiters: [(expiry: Int64, seq: Int64)]) throws {
        var cells: [Cell: Int64] = [:]
        for waiter in waiters {
            cells[Cell(slot: slot(waiter.expiry), group: group(waiter.seq)), default: 0] += delta
        }
        for (cell, change) in cells {
            if change > 0 {
                try db.run(added, bound: [.integer(cell.slot), .integer(cell.group), .integer(change)])
            } else if try db.run(taken, bound: [.integer(change), .integer(cell.slot), .integer(cell.group)]) != 1 {
                throw BookingError.storageFailure("the waiting tally has no waiters to take out of slot \(cell.slot), group \(cell.group)")
            }
        }
    }

    private static let added = """
        INSERT INTO waiting_tally (slot, grp, waiters) VALUES (?, ?, ?)
        ON CONFLICT (slot, grp) DO UPDATE SET waiters = waiters + excluded.waiters
        """

    /// Takes waiters out of a cell; the cell's `CHECK` refuses to go below zero.
    private static let taken = "UPDATE waiting_tally SET waiters = waiters + ? WHERE slot = ? AND grp = ?"

    /// Adds the waiters numbered above the tally's newest number up to `seq` (the newest
    /// token, just issued), and returns `mark` with `seq` as the tally's newest number.
    static func catchUp(_ db: Database, through seq: Int64, _ mark: LapsedWaiters.Mark) throws -> LapsedWaiters.Mark {
        try db.run(caughtUp, bound: [.integer(seq)])
        try db.run("UPDATE line_counter SET tallied_through = ? WHERE id = 1", bound: [.integer(seq)])
        return LapsedWaiters.Mark(expiry: mark.expiry, seq: mark.seq, talliedThrough: seq)
    }

    private static let caughtUp = """
        INSERT INTO waiting_tally (slot, grp, waiters)
        \(cells(numbered: "t.seq > q.tallied_through AND t.seq <= ?"))
        ON CONFLICT (slot, grp) DO UPDATE SET waiters = waiters + excluded.waiters
        """

    /// The lapsed waiters in the tally whose slot is before `lapseSlot` (is over), and
    /// those of them numbered before `seq`: the cells of the groups before the token's,
    /// and the token's own group stepped through when the tally holds any lapsed there.
    static func lapsed(
        before lapseSlot: Int64, aheadOf seq: Int64, mark: LapsedWaiters.Mark, _ db: Database
    ) throws -> (waiters: Int64, ahead: Int64) {
        let own = group(seq)
        let arguments = [lapseSlot, lapseSlot, own, lapseSlot, own, own << groupShift, min(seq, mark.talliedThrough + 1),
                         lapseSlot * slotMilliseconds, mark.expiry, mark.seq]
        let sums = try db.firstRow(lapsedStatement, arguments.map(BoundValue.integer)) { ($0.int64(0), $0.int64(1)) }
        return sums ?? (0, 0)
    }

    /// The tally's lapsed waiters, then those ahead; the token's own group is stepped
    /// through up to the token and the tally's newest number.
    private static let lapsedStatement = """
        SELECT
            (SELECT COALESCE(SUM(waiters), 0) FROM waiting_tally WHERE slot < ?),
            (SELECT COALESCE(SUM(waiters), 0) FROM waiting_tally WHERE slot < ? AND grp < ?)
            + CASE WHEN EXISTS (SELECT 1 FROM waiting_tally WHERE slot < ? AND grp = ?)
                THEN (\(lapsedNumbered(selecting: "COUNT(*)"))) ELSE 0 END
        """

    /// SQL selecting `columns` of the lapsed waiters not counted out yet whose slot is over
    /// (expiring before the third `?`, given the mark's expiry and number as the last two),
    /// numbered from the first `?` up to the second (excluded): the reader's own group, or
    /// the numbers not in the tally yet. The table is read by number: with the expiry
    /// index SQLite would step through every lapsed waiter.
    static func lapsedNumbered(selecting columns: String) -> String {
        """
        SELECT \(columns) FROM token NOT INDEXED
        WHERE seq >= ? AND seq < ? AND status = 'waiting' AND expires_at < ? AND (expires_at, seq) > (?, ?)
        """
    }

    /// Moves a kept-alive waiter from the cell of its old expiry to that of its new one.
    static func move(_ db: Database, seq: Int64, from old: Int64, to new: Int64) throws {
        guard slot(old) != slot(new) else { return }
        try add(db, delta: -1, waiters: [(old, seq)])
        try add(db, delta: 1, waiters: [(new, seq)])
    }

    /// SQL selecting the cells as the tokens say they are: every waiter above the lapse
    /// mark and numbered up to the tally's newest number.
    static let expected = cells(numbered: "t.seq <= q.tallied_through")

    /// SQL counting the waiters above the lapse mark whose numbers `condition` picks, per
    /// slot and group (`slot` and `group` in SQL; SQLite's integer division truncates as
    /// Swift's does).
    private static func cells(numbered condition: String) -> String {
        """
        SELECT t.expires_at / \(slotMilliseconds) AS slot, t.seq >> \(groupShift) AS grp, COUNT(*) AS waiters
        FROM token t JOIN line_counter q ON q.id = 1
        WHERE t.status = 'waiting' AND \(condition) AND (t.expires_at, t.seq) > (q.lapse_mark_expiry, q.lapse_mark_seq)
        GROUP BY 1, 2
        """
    }

    private struct Cell: Hashable {
        let slot: Int64
        let group: Int64
    }
}
