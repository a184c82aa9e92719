/// Counts lapsed waiters by their number in line, so that a place in line costs the same
/// with a thousand or a million people waiting.
///
/// Numbers are grouped in buckets of 64. Node `k` (1-based) of a Fenwick tree over the
/// buckets counts the lapses in the `lowbit(k)` buckets ending with bucket `k - 1`, and
/// also carries bucket `k - 1`'s own bitmap of which of its numbers lapsed. The lapses
/// numbered below `n` are then the sum of one node per bit set in `n`'s bucket number (at
/// most 14 at a million numbers) plus the bits below `n` in its own bucket; recording
/// lapses adds to at most 26 nodes per bucket touched, most of them shared between
/// buckets near each other, so counting out a crowd writes rows per bucket, not per waiter.
///
/// Only lapses of waiters numbered above admission's high-water mark are recorded (see
/// `QueueLine`): admissions never touch the tree.
public enum LapseTree {
    /// Numbers per bucket: one 64-bit bitmap.
    static let bucketShift: Int64 = 6
    /// Buckets the tree has room for: 2^32 numbers (`QueueLine.lastNumber`).
    static let nodeLimit: Int64 = 1 << 26

    /// The keys of the nodes whose sum is the lapses in buckets before `number`'s, and the
    /// key of `number`'s own bucket node (for its bits).
    public static func nodes(below number: Int64) -> (sum: [Int64], own: Int64) {
        let bucket = number >> bucketShift
        var keys: [Int64] = []
        var key = bucket
        while key > 0 {
            keys.append(key)
            key -= key & -key
        }
        return (keys, bucket + 1)
    }

    /// The lapses numbered below `number`, from the nodes `nodes(below:)` named.
    public static func count(below number: Int64, _ nodes: [Int64: LapseNode]) -> Int64 {
        let (sum, own) = Self.nodes(below: number)
        let before = sum.reduce(Int64(0)) { $0 + (nodes[$1]?.lapses ?? 0) }
        let offset = UInt64(number & ((1 << bucketShift) - 1))
        let mask: UInt64 = offset == 0 ? 0 : (UInt64.max >> (64 - offset))
        return before + Int64(((nodes[own]?.bits ?? 0) & mask).nonzeroBitCount)
    }

    /// What recording the lapses of `numbers` adds to each node.
    public static func additions(for numbers: [Int64]) -> [Int64: LapseNode] {
        var perBucket: [Int64: (count: Int64, bits: UInt64)] = [:]
        for number in numbers {
            let bucket = number >> bucketShift
            let bit = UInt64(1) << UInt64(number & ((1 << bucketShift) - 1))
            perBucket[bucket, default: (0, 0)].count += 1
            perBucket[bucket, default: (0, 0)].bits |= bit
        }
        var nodes: [Int64: LapseNode] = [:]
        for (bucket, lapses) in perBucket {
            nodes[bucket + 1, default: LapseNode()].bits |= lapses.bits
            var key = bucket + 1
            while key <= nodeLimit {
                nodes[key, default: LapseNode()].lapses += lapses.count
                key += key & -key
            }
        }
        return nodes
    }
}
