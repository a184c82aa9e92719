import GRDB

/// Exact queue positions whose cost does not grow with the length of the line.
///
/// Tokens get dense sequence numbers (1, 2, 3, …) in issue order, never reissued. Everyone
/// with a smaller number is ahead of you unless they have left the line (admitted, or
/// lapsed). Numbers are grouped in buckets of 256, and a Fenwick tree stored in
/// `departure_tree` counts departures per bucket; each bucket's own node (bucket + 1) also
/// carries the bucket's `DepartedBits`. A position is then
///
///     (numbers issued before mine) − (departures before my bucket)
///       − (departures in my bucket ahead of me)
///       − (lapsed waiters ahead of me not counted as departures yet) + 1
///
/// which costs at most 25 tree nodes, whether 1,000 or 1,000,000 people are waiting
/// (`LineFigures` reads it all in one statement). The whole tree's sum is its last node,
/// so the number waiting costs one node. Lapsed waiters are counted as departures in
/// bounded steps (see `LapsedWaiters`).
enum QueueIndex {
    static let bucketShift: Int64 = 8
    /// Tree size in buckets: room for 2^32 sequence numbers.
    static let nodeCount: Int64 = 1 << 24

    /// SQL for the number the next token gets: one past the newest token's, or past every
    /// number deleted (`next_seq`, which a trigger moves past any newest token deleted),
    /// whichever is larger. Numbers issued so far are this minus one.
    static let nextNumber = """
        (SELECT max(next_seq, COALESCE((SELECT max(seq) FROM token), 0) + 1) FROM line_counter WHERE id = 1)
        """

    /// `seq` as the number of the token about to be inserted, unless the line has issued
    /// its last. Taking it writes nothing: the token's row is what takes it.
    static func issuable(_ seq: Int64) throws -> Int64 {
        guard seq < nodeCount << bucketShift else {
            throw BookingError.storageFailure("the queue has issued its last number; start a new database")
        }
        return seq
    }

    /// Records that the tokens with these sequence numbers have left the waiting line: the
    /// counts up the tree and the bits of their buckets, one multi-row upsert per
    /// `nodesPerStatement` tree nodes touched. The tree is walked once per bucket, not once
    /// per number: admitting 2,000 walks it about 8 times instead of 2,000.
    static func recordDepartures(_ db: Database, sequences: [Int64]) throws {
        var perNode: [Int64: (departed: Int64, bits: DepartedBits)] = [:]
        for bucket in departuresByBucket(sequences) {
            var node = bucket.number + 1
            perNode[node, default: (0, DepartedBits())].bits = bucket.bits
            while node <= nodeCount {
                perNode[node, default: (0, DepartedBits())].departed += bucket.count
                node += node & -node
            }
        }
        let nodes = Array(perNode)
        for start in stride(from: 0, to: nodes.count, by: nodesPerStatement) {
            let chunk = nodes[start..<min(start + nodesPerStatement, nodes.count)]
            let values = Array(repeating: "(?, ?, ?, ?, ?, ?)", count: chunk.count).joined(separator: ", ")
            try db.run(
                """
                INSERT INTO departure_tree (node, departed, bits0, bits1, bits2, bits3) VALUES \(values)
                ON CONFLICT(node) DO UPDATE SET departed = departed + excluded.departed,
                    bits0 = bits0 | excluded.bits0, bits1 = bits1 | excluded.bits1,
                    bits2 = bits2 | excluded.bits2, bits3 = bits3 | excluded.bits3
                """, StatementArguments.integers(chunk.flatMap { [$0.key, $0.value.departed] + $0.value.bits.words }))
        }
    }

    /// The buckets these numbers fall in, with how many of them and which, each bucket once.
    private static func departuresByBucket(_ sequences: [Int64]) -> [(number: Int64, count: Int64, bits: DepartedBits)] {
        var buckets: [(number: Int64, count: Int64, bits: DepartedBits)] = []
        for seq in sequences.sorted() {
            let number = seq >> bucketShift
            if buckets.last?.number != number { buckets.append((number, 0, DepartedBits())) }
            buckets[buckets.count - 1].count += 1
            buckets[buckets.count - 1].bits.insert(seq)
        }
        return buckets
    }

    /// Tree nodes one upsert statement writes at most.
    static let nodesPerStatement = 32

    /// The tree nodes whose sum is the departures from buckets 0 ..< `bucket`.
    static func prefixNodes(before bucket: Int64) -> [Int64] {
        var nodes: [Int64] = []
        var node = bucket
        while node > 0 {
            nodes.append(node)
            node -= node & -node
        }
        return nodes
    }

    /// The 1-based place in line of a live waiting token.
    static func position(of token: TokenRecord, now: Timestamp, _ db: Database) throws -> Int {
        try LineFigures.read(for: token.seq, mark: token.mark, now: now, db).position
    }
}
