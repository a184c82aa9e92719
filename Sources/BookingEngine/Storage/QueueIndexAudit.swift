import GRDB

/// The departures tree of `QueueIndex` rebuilt from the tokens themselves and compared
/// with the stored one, for `InvariantAudit`: a drifted node would put people at the wrong
/// place in line. Every number issued has left the line unless it belongs to a waiter
/// above the lapse mark (see `LapsedWaiters`); the departures are gathered per bucket, then
/// summed up the tree, so the work grows with the numbers issued plus 24 nodes a bucket.
enum QueueIndexAudit {
    /// A node's departures count and, on a bucket's own node, the bucket's departed bits.
    private struct Node: Equatable {
        var departed: Int64 = 0
        var bits = DepartedBits()
    }

    /// How many tree nodes differ from what the tokens say.
    static func nodesOff(_ db: Database) throws -> Int {
        let expected = try expectedNodes(db)
        var stored: [Int64: Node] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT node, departed, bits0, bits1, bits2, bits3 FROM departure_tree")
        while let row = try rows.next() {
            let node = Node(departed: row[1], bits: DepartedBits(words: [row[2], row[3], row[4], row[5]]))
            if node != Node() { stored[row[0]] = node }
        }
        return Set(expected.keys).union(stored.keys).count { expected[$0] != stored[$0] }
    }

    private static func expectedNodes(_ db: Database) throws -> [Int64: Node] {
        let issuedEnd = try db.int64("SELECT \(QueueIndex.nextNumber)") ?? 1
        let staying = try db.int64s(
            """
            SELECT t.seq FROM token t JOIN line_counter q ON q.id = 1
            WHERE t.status = 'waiting' AND (t.expires_at, t.seq) > (q.lapse_mark_expiry, q.lapse_mark_seq)
            ORDER BY t.seq
            """)
        var buckets: [Int64: Node] = [:]
        var next = staying.makeIterator()
        var stayer = next.next()
        for seq in 1..<max(1, issuedEnd) {
            if seq == stayer {
                stayer = next.next()
                continue
            }
            buckets[seq >> QueueIndex.bucketShift, default: Node()].departed += 1
            buckets[seq >> QueueIndex.bucketShift, default: Node()].bits.insert(seq)
        }
        var nodes: [Int64: Node] = [:]
        for (bucket, departures) in buckets {
            var node = bucket + 1
            nodes[node, default: Node()].bits = departures.bits
            while node <= QueueIndex.nodeCount {
                nodes[node, default: Node()].departed += departures.departed
                node += node & -node
            }
        }
        return nodes
    }
}
