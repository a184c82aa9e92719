import GRDB

/// Everything a place in line, the number waiting and the wait estimate need, read in
/// one statement (see `QueueIndex` for the arithmetic).
struct LineFigures {
    /// The token these figures were read for (0 for none: the line as a whole).
    let seq: Int64
    /// Sequence numbers issued so far.
    let issued: Int64
    /// Departures from the whole line, and from the buckets before the token's.
    let departed: Int64
    let departedBefore: Int64
    /// Departures from the token's own bucket.
    let bucketDepartures: DepartedBits
    /// Lapsed waiters not counted as departures yet, and those of them ahead of the token.
    var uncountedLapsed: Int64
    var uncountedLapsedAhead: Int64
    /// Buyers admitted from the line in `WaitEstimator.window`, and the first such admission.
    let admittedRecently: Int64?
    let firstAdmission: Int64?

    /// The 1-based place in line of the token these figures were read for: one after
    /// every number issued before it that has neither departed nor lapsed.
    var position: Int {
        Int(seq - departedBefore - Int64(bucketDepartures.count(below: seq)) - uncountedLapsedAhead)
    }

    /// How many live tokens are waiting.
    var waitingCount: Int { Int(issued - departed - uncountedLapsed) }

    /// The figures for the waiting token numbered `seq` (0 for none: the line as a whole),
    /// given the lapse mark read in the same transaction. The lapsed waiters not counted
    /// out yet are stepped through for the current slot and for the newest numbers not in
    /// the tally yet; when the tally holds any whose slot is over, a second statement sums
    /// those (`WaitingTally.lapsed`).
    static func read(for seq: Int64, mark: LapsedWaiters.Mark, now: Timestamp, _ db: Database) throws -> LineFigures {
        let bucket = seq >> QueueIndex.bucketShift
        let nodes = QueueIndex.prefixNodes(before: bucket)
        let lapseSlot = WaitingTally.slot(mark.lapseTime(now))
        let slotStart = lapseSlot * WaitingTally.slotMilliseconds
        let read = try db.firstRow(
            statements[nodes.count - 1],
            ([QueueIndex.totalNode] + nodes + [seq]).map(BoundValue.integer)
                + Array(repeating: .integer((now - WaitEstimator.window).milliseconds), count: 2)
                + Array(repeating: .integer(bucket), count: DepartedBits.wordCount)
                + mark.uncountedArguments(now, expiringFrom: slotStart)
                + [mark.talliedThrough + 1, .max, slotStart, mark.expiry, mark.seq].map(BoundValue.integer)
        ) { row in
            (figures: LineFigures(
                seq: seq, issued: row.int64(0), departed: row.int64(1), departedBefore: row.int64(2),
                bucketDepartures: DepartedBits(words: (0..<Int32(DepartedBits.wordCount)).map { row.int64(7 + $0) }),
                uncountedLapsed: row.int64(3), uncountedLapsedAhead: row.int64(4), admittedRecently: row.optionalInt64(5),
                firstAdmission: row.optionalInt64(6)),
             oldestTalliedSlot: row.optionalInt64(7 + Int32(DepartedBits.wordCount)))
        }
        guard let read else { throw BookingError.storageFailure("the queue counter is missing") }
        var figures = read.figures
        if let oldest = read.oldestTalliedSlot, oldest < lapseSlot {
            let tallied = try WaitingTally.lapsed(before: lapseSlot, aheadOf: seq, mark: mark, db)
            figures.uncountedLapsed += tallied.waiters
            figures.uncountedLapsedAhead += tallied.ahead
        }
        return figures
    }

    /// The figures of the line as a whole for a writer that knows no lapsed waiter is left
    /// uncounted (`Arrival`) and knows the newest number issued: the departures and the
    /// recent admissions, nothing else. A token issue reads these instead of
    /// `read(for: 0, …)`, which cost it about 8 of its 60 µs in B1.
    static func totals(issued: Int64, now: Timestamp, _ db: Database) throws -> LineFigures {
        let figures = try db.firstRow(
            totalsStatement, [.integer(QueueIndex.totalNode), .integer((now - WaitEstimator.window).milliseconds)]
        ) { row in
            LineFigures(
                seq: 0, issued: issued, departed: row.int64(0), departedBefore: 0, bucketDepartures: DepartedBits(),
                uncountedLapsed: 0, uncountedLapsedAhead: 0, admittedRecently: row.optionalInt64(1), firstAdmission: row.optionalInt64(2))
        }
        guard let figures else { throw BookingError.storageFailure("the admission log cannot be read") }
        return figures
    }

    private static let totalsStatement = """
        SELECT COALESCE((SELECT departed FROM departure_sums WHERE node = ?), 0), SUM(admitted), MIN(at)
        FROM admission_log WHERE at > ?
        """

    /// The statement for each number of prefix rows (1…`QueueIndex.levels`, at index one
    /// less), built once. The prefix rows are summed one subquery each: SQLite answers
    /// `node IN (…)` by building a temporary index of the list first, which cost a position
    /// read at 1M about 1 µs. The statement aggregates the uncounted lapsed waiters of the
    /// current slot and those not in the tally yet (at most `WaitingTally.block - 1`
    /// numbers), and reads everything else in scalar subqueries: SQLite copies a subquery in
    /// `FROM` that is joined to others into a temporary table first, which cost every
    /// position read about 3 µs. Its last column is the tally's oldest slot.
    private static let statements: [String] = (1...Int(QueueIndex.levels)).map { prefixRows in
        let node = "COALESCE((SELECT departed FROM departure_sums WHERE node = ?), 0)"
        return """
        SELECT
            \(QueueIndex.nextNumber) - 1,
            \(node),
            \(Array(repeating: node, count: prefixRows).joined(separator: " + ")),
            COUNT(*), COALESCE(SUM(seq < ?), 0),
            (SELECT SUM(admitted) FROM admission_log WHERE at > ?), (SELECT MIN(at) FROM admission_log WHERE at > ?),
            \((0..<DepartedBits.wordCount).map { "(SELECT bits\($0) FROM departure_sums WHERE node = ?)" }.joined(separator: ", ")),
            (SELECT min(slot) FROM waiting_tally)
        FROM (\(LapsedWaiters.uncounted(selecting: "seq")) UNION ALL \(WaitingTally.lapsedNumbered(selecting: "seq")))
        """
    }
}
