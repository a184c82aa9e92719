import GRDB

/// Exact queue positions whose cost does not grow with the length of the line.
///
/// Tokens get dense sequence numbers (1, 2, 3, …) in issue order, never reissued. Everyone
/// with a smaller number is ahead of you unless they have left the line (admitted, or
/// lapsed). Numbers are grouped in buckets of 256, and `departure_sums` counts departures
/// per bucket in a tree of fan-out 16: at level `l`, a child is a run of 16^l buckets and a
/// group is 16 children, and row (`l`, group, `k`) holds the departures from the group's
/// children before the `k`-th. At level 0 the children are buckets and that row is bucket
/// `group * 16 + k`'s own, so it also carries the bucket's `DepartedBits`. A position is then
///
///     (numbers issued before mine) − (departures before my bucket)
///       − (departures in my bucket ahead of me)
///       − (lapsed waiters ahead of me not counted as departures yet) + 1
///
/// where the departures before bucket `b` are one row per level, skipping the levels where
/// `b`'s digit is 0: at most 6 rows, and 3 for a line of a million (`LineFigures` reads it
/// all in one statement). One more row holds every departure, so the number waiting costs
/// one row. A departure from a bucket adds to the later rows of its group at each level:
/// at most 91 rows, on 7 pages. Lapsed waiters are counted as departures in bounded steps
/// (see `LapsedWaiters`).
enum QueueIndex {
    static let bucketShift: Int64 = 8
    /// Bits of a bucket number per level of the tree: 16 children a group.
    static let digitBits: Int64 = 4
    /// Levels of the tree: room for 16^6 buckets, 2^32 sequence numbers.
    static let levels: Int64 = 6
    /// The row holding every departure: the one child of the level above the top.
    static let totalNode = node(level: levels, group: 0, digit: 1)

    /// The key of row (`level`, `group`, `digit`); at level 0 it is the bucket's number.
    static func node(level: Int64, group: Int64, digit: Int64) -> Int64 {
        level << 28 | group << digitBits | digit
    }

    /// The group and the digit of `bucket` at `level`.
    private static func place(of bucket: Int64, at level: Int64) -> (group: Int64, digit: Int64) {
        (bucket >> (digitBits * (level + 1)), (bucket >> (digitBits * level)) & ((1 << digitBits) - 1))
    }

    /// SQL for the number the next token gets: one past the newest token's, or past every
    /// number deleted (`next_seq`, which a trigger moves past any newest token deleted),
    /// whichever is larger. Numbers issued so far are this minus one.
    static let nextNumber = """
        (SELECT max(next_seq, COALESCE((SELECT max(seq) FROM token), 0) + 1) FROM line_counter WHERE id = 1)
        """

    /// `seq` as the number of the token about to be inserted, unless the line has issued
    /// its last. Taking it writes nothing: the token's row is what takes it.
    static func issuable(_ seq: Int64) throws -> Int64 {
        guard seq < 1 << (bucketShift + digitBits * levels) else {
            throw BookingError.storageFailure("the queue has issued its last number; start a new database")
        }
        return seq
    }

    /// The rows whose sum is the departures from buckets before `bucket`: the bucket's own
    /// (level 0), then one per level above where its digit is not 0.
    static func prefixNodes(before bucket: Int64) -> [Int64] {
        [bucket] + (1..<levels).compactMap { level in
            let (group, digit) = place(of: bucket, at: level)
            return digit == 0 ? nil : node(level: level, group: group, digit: digit)
        }
    }

    /// The rows that count a departure from `bucket`: at each level, those of the bucket's
    /// group after its digit; then the total.
    static func nodesCounting(bucket: Int64) -> [Int64] {
        var nodes: [Int64] = []
        for level in 0..<levels {
            let (group, digit) = place(of: bucket, at: level)
            for later in (digit + 1)..<(1 << digitBits) {
                nodes.append(node(level: level, group: group, digit: later))
            }
        }
        return nodes + [totalNode]
    }

    /// A row's departures and, on a bucket's own row, the bucket's departed bits.
    struct Sums: Equatable {
        var departed: Int64 = 0
        var bits = DepartedBits()
    }

    /// The rows that departures with these counts and bits per bucket add to.
    static func sums(departuresPerBucket buckets: [Int64: Sums]) -> [Int64: Sums] {
        var rows: [Int64: Sums] = [:]
        for (bucket, departures) in buckets {
            rows[bucket, default: Sums()].bits = departures.bits
            for node in nodesCounting(bucket: bucket) {
                rows[node, default: Sums()].departed += departures.departed
            }
        }
        return rows
    }

    /// Records that the tokens with these sequence numbers have left the waiting line: the
    /// counts and the bits of their buckets, one multi-row upsert per `nodesPerStatement`
    /// rows touched. Each bucket is added once, not each number: admitting 2,000 adds about
    /// 8 buckets instead of 2,000 numbers.
    static func recordDepartures(_ db: Database, sequences: [Int64]) throws {
        var buckets: [Int64: Sums] = [:]
        for seq in sequences { countDeparture(of: seq, in: &buckets) }
        try add(sums(departuresPerBucket: buckets), db)
    }

    /// Counts the number `seq` as departed in its bucket's entry of `buckets`.
    static func countDeparture(of seq: Int64, in buckets: inout [Int64: Sums]) {
        buckets[seq >> bucketShift, default: Sums()].departed += 1
        buckets[seq >> bucketShift, default: Sums()].bits.insert(seq)
    }

    /// Adds `rows` to `departure_sums`: counts are added, bits are or-ed in.
    static func add(_ rows: [Int64: Sums], _ db: Database) throws {
        let rows = rows.sorted { $0.key < $1.key }
        for start in stride(from: 0, to: rows.count, by: nodesPerStatement) {
            let chunk = rows[start..<min(start + nodesPerStatement, rows.count)]
            let values = Array(repeating: "(?, ?, ?, ?, ?, ?)", count: chunk.count).joined(separator: ", ")
            try db.run(
                """
                INSERT INTO departure_sums (node, departed, bits0, bits1, bits2, bits3) VALUES \(values)
                ON CONFLICT(node) DO UPDATE SET departed = departed + excluded.departed,
                    bits0 = bits0 | excluded.bits0, bits1 = bits1 | excluded.bits1,
                    bits2 = bits2 | excluded.bits2, bits3 = bits3 | excluded.bits3
                """, StatementArguments.integers(chunk.flatMap { [$0.key, $0.value.departed] + $0.value.bits.words }))
        }
    }

    /// Rows one upsert statement writes at most.
    static let nodesPerStatement = 64

    /// The 1-based place in line of a live waiting token.
    static func position(of token: TokenRecord, now: Timestamp, _ db: Database) throws -> Int {
        try LineFigures.read(for: token.seq, mark: token.mark, now: now, db).position
    }
}
