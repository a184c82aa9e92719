import GRDB

/// Exact queue positions whose cost does not grow with the length of the line.
///
/// Tokens get dense sequence numbers (1, 2, 3, …) in issue order. Everyone with a smaller
/// number is ahead of you unless they have left the line (admitted, or dropped after
/// expiry). Numbers are grouped in buckets of 256, and a Fenwick tree stored in
/// `queue_departures` counts departures per bucket. A position is then
///
///     (numbers issued before my bucket) − (departures before my bucket)
///       + (waiting tokens in my bucket ahead of me) + 1
///
/// which costs at most 24 tree nodes read in one statement plus a scan of at most 255
/// index entries, whether 1,000 or 1,000,000 people are waiting. Recording departures
/// touches at most 25 nodes per bucket, batched per transaction.
///
/// Waiters past their expiry that no sweep has deleted yet ("lapsed") are still rows, so
/// positions and counts subtract them, counted from the `(expires_at, seq)` index alone.
/// That count costs a step per lapsed waiter, so reads only do it while there are at most
/// `readableLapsed`; past that a poll becomes a write that deletes them first (see
/// `SQLiteBookingStore.queueStatus`). A look at the smallest waiting expiry tells when there
/// are none, the usual case: every write that polls, admits or issues drops them.
enum QueueIndex {
    static let bucketShift: Int64 = 8
    /// Tree size in buckets: room for 2^32 sequence numbers.
    static let nodeCount: Int64 = 1 << 24

    /// Takes the next sequence number.
    static func nextSequence(_ db: Database) throws -> Int64 {
        guard let seq = try db.int64("SELECT next_seq FROM queue_counter WHERE id = 1") else {
            throw BookingError.storageFailure("the queue counter is missing")
        }
        guard seq < nodeCount << bucketShift else {
            throw BookingError.storageFailure("the queue has issued its last number; start a new database")
        }
        try db.run("UPDATE queue_counter SET next_seq = next_seq + 1 WHERE id = 1")
        return seq
    }

    /// Records that the tokens with these sequence numbers have left the waiting line.
    static func recordDepartures(_ db: Database, sequences: [Int64]) throws {
        var perBucket: [Int64: Int64] = [:]
        for seq in sequences { perBucket[seq >> bucketShift, default: 0] += 1 }
        for (bucket, count) in perBucket {
            var node = bucket + 1
            while node <= nodeCount {
                try db.run(
                    """
                    INSERT INTO queue_departures (node, departed) VALUES (?, ?)
                    ON CONFLICT(node) DO UPDATE SET departed = departed + excluded.departed
                    """, [node, count])
                node += node & -node
            }
        }
    }

    /// Departures from buckets 0 ..< `bucket`.
    static func departures(before bucket: Int64, _ db: Database) throws -> Int64 {
        var nodes: [Int64] = []
        var node = bucket
        while node > 0 {
            nodes.append(node)
            node -= node & -node
        }
        if nodes.isEmpty { return 0 }
        let marks = Array(repeating: "?", count: nodes.count).joined(separator: ",")
        return try db.int64(
            "SELECT COALESCE(SUM(departed), 0) FROM queue_departures WHERE node IN (\(marks))",
            StatementArguments(nodes)) ?? 0
    }

    /// The 1-based place in line at `now` of the live waiting token numbered `seq`.
    static func position(of seq: Int64, now: Timestamp, _ db: Database) throws -> Int {
        let bucket = seq >> bucketShift
        let bucketStart = bucket << bucketShift
        let issuedBefore = max(0, bucketStart - 1)
        let aheadInBucket = try db.int64(
            "SELECT COUNT(*) FROM token WHERE status = 'waiting' AND seq >= ? AND seq < ?",
            [max(1, bucketStart), seq]) ?? 0
        let lapsedAhead = try lapsed(before: seq, now: now, db)
        return Int(issuedBefore - (try departures(before: bucket, db)) + aheadInBucket - lapsedAhead + 1)
    }

    /// How many live tokens are waiting in all at `now`.
    static func waitingCount(now: Timestamp, _ db: Database) throws -> Int {
        let issued = (try db.int64("SELECT next_seq FROM queue_counter WHERE id = 1") ?? 1) - 1
        return Int(issued - (try departures(before: nodeCount, db)) - (try lapsed(before: .max, now: now, db)))
    }

    /// The most lapsed waiters a read counts itself instead of having them deleted first.
    static let readableLapsed = 256

    /// Whether few enough waiters have lapsed without being deleted for a read to count them.
    static func lapsedAreFew(now: Timestamp, _ db: Database) throws -> Bool {
        guard try hasLapsed(now: now, db) else { return true }
        let counted = try db.int64(
            "SELECT COUNT(*) FROM (SELECT 1 FROM token WHERE status = 'waiting' AND expires_at <= ? LIMIT ?)",
            [now.milliseconds, readableLapsed + 1]) ?? 0
        return counted <= readableLapsed
    }

    /// Whether some waiting token has lapsed at `now` without being deleted yet.
    static func hasLapsed(now: Timestamp, _ db: Database) throws -> Bool {
        guard let earliest = try db.int64("SELECT MIN(expires_at) FROM token WHERE status = 'waiting'") else { return false }
        return earliest <= now.milliseconds
    }

    /// Lapsed waiting tokens numbered below `seq`: zero after one index look when none lapsed.
    static func lapsed(before seq: Int64, now: Timestamp, _ db: Database) throws -> Int64 {
        guard try hasLapsed(now: now, db) else { return 0 }
        return try db.int64(
            "SELECT COUNT(*) FROM token WHERE status = 'waiting' AND expires_at <= ? AND seq < ?",
            [now.milliseconds, seq]) ?? 0
    }
}
