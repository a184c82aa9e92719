import GRDB

/// Everything a place in line, the number waiting and the wait estimate need, read in
/// one statement (see `QueueIndex` for the arithmetic).
struct LineFigures {
    /// Sequence numbers issued so far.
    let issued: Int64
    /// Departures from the whole line, and from the buckets before the token's.
    let departed: Int64
    let departedBefore: Int64
    /// Live waiters in the token's bucket with smaller numbers.
    let liveAheadInBucket: Int64
    /// Lapsed waiters not counted as departures yet, and those of them before the bucket.
    let uncountedLapsed: Int64
    let uncountedLapsedBefore: Int64
    let bucketStart: Int64
    /// Buyers admitted from the line in `WaitEstimator.window`, and the first such admission.
    let admittedRecently: Int64?
    let firstAdmission: Int64?

    /// The 1-based place in line of the token these figures were read for.
    var position: Int {
        Int(max(0, bucketStart - 1) - departedBefore - uncountedLapsedBefore + liveAheadInBucket + 1)
    }

    /// How many live tokens are waiting.
    var waitingCount: Int { Int(issued - departed - uncountedLapsed) }

    /// The figures for the waiting token numbered `seq` (0 for none: the line as a whole),
    /// given the lapse mark read in the same transaction. Each lapsed waiter not counted
    /// out yet costs a step of an index scan.
    static func read(for seq: Int64, mark: LapsedWaiters.Mark, now: Timestamp, _ db: Database) throws -> LineFigures {
        let lapseTime = mark.lapseTime(now)
        let bucketStart = QueueIndex.bucketStart(of: seq)
        let nodes = QueueIndex.prefixNodes(before: seq >> QueueIndex.bucketShift)
        let row = try db.row(
            """
            SELECT
                (SELECT next_seq - 1 FROM queue_counter WHERE id = 1),
                (SELECT COALESCE(SUM(departed), 0) FROM queue_departures WHERE node = ?),
                (SELECT COALESCE(SUM(departed), 0) FROM queue_departures WHERE node IN (\(marks(max(1, nodes.count))))),
                (SELECT COUNT(*) FROM token WHERE status = 'waiting' AND seq >= ? AND seq < ? AND expires_at > ?),
                lapsed.n, lapsed.before, recent.admitted, recent.since
            FROM (SELECT COUNT(*) AS n, COALESCE(SUM(seq < ?), 0) AS before FROM token
                    WHERE \(LapsedWaiters.uncounted)) AS lapsed,
                (SELECT SUM(admitted) AS admitted, MIN(at) AS since FROM admission_log WHERE at > ?) AS recent
            """,
            StatementArguments([QueueIndex.nodeCount] + (nodes.isEmpty ? [0] : nodes) + [bucketStart, seq, lapseTime])
                + [bucketStart] + mark.uncountedArguments(now) + [(now - WaitEstimator.window).milliseconds])
        guard let row else { throw BookingError.storageFailure("the queue counter is missing") }
        return LineFigures(
            issued: row[0], departed: row[1], departedBefore: row[2], liveAheadInBucket: row[3],
            uncountedLapsed: row[4], uncountedLapsedBefore: row[5], bucketStart: bucketStart,
            admittedRecently: row[6], firstAdmission: row[7])
    }

    private static func marks(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
