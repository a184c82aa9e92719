/// Checks the lapse tree and the line's counters against each other and against the
/// tokens, from stored rows alone, for any store's audit.
public enum LapseTreeAudit {
    /// How many facts disagree:
    /// - each node's count against the bits of the buckets it covers;
    /// - `lapsesCounted` and `lapsesAdmittedPast` against the bits;
    /// - for every number above admission's high-water mark, its bit against the tokens:
    ///   it is set exactly when that number is not a waiter the lapse mark has yet to pass
    ///   (`uncounted`, the waiters expiring after the mark).
    public static func disagreements(nodes: [Int64: LapseNode], line: LineCounters, uncounted: Set<Int64>) -> Int {
        var off = 0
        let keys = nodes.keys.sorted()
        var bitsThrough: [Int64] = []
        var running: Int64 = 0
        for key in keys {
            running += Int64(nodes[key]?.bits.nonzeroBitCount ?? 0)
            bitsThrough.append(running)
        }
        /// Lapses in the bits of the bucket nodes keyed at or below `key`.
        func bits(through key: Int64) -> Int64 {
            var low = 0, high = keys.count
            while low < high {
                let middle = (low + high) / 2
                if keys[middle] <= key { low = middle + 1 } else { high = middle }
            }
            return low == 0 ? 0 : bitsThrough[low - 1]
        }
        for (key, node) in nodes where bits(through: key) - bits(through: key - (key & -key)) != node.lapses {
            off += 1
        }
        if running != line.lapsesCounted { off += 1 }
        let (sum, own) = LapseTree.nodes(below: line.admittedThrough + 1)
        if LapseTree.count(below: line.admittedThrough + 1, nodes.filter { (sum + [own]).contains($0.key) }) != line.lapsesAdmittedPast {
            off += 1
        }
        var number = line.admittedThrough + 1
        while number < line.nextNumber {
            let bits = nodes[(number >> LapseTree.bucketShift) + 1]?.bits ?? 0
            let lapsed = bits & (UInt64(1) << UInt64(number & 63)) != 0
            if lapsed == uncounted.contains(number) { off += 1 }
            number += 1
        }
        return off
    }
}
