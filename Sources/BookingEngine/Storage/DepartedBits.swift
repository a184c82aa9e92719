/// Which sequence numbers of one 256-number bucket have left the line: bit `i` of word
/// `i / 64` stands for the bucket's `i`-th number. It is kept on the bucket's own node of
/// the departures tree (`QueueIndex`), so a place in line counts the departures ahead of it
/// in its own bucket from one row instead of scanning the bucket's waiters.
struct DepartedBits: Equatable {
    static let wordCount = 4
    private(set) var words: [Int64]

    init(words: [Int64] = Array(repeating: 0, count: wordCount)) {
        self.words = words
    }

    /// Marks the number `seq` (of this bucket) as departed.
    mutating func insert(_ seq: Int64) {
        let index = Int(seq & 0xFF)
        words[index >> 6] |= Int64(bitPattern: 1 << UInt64(index & 63))
    }

    /// How many numbers of this bucket below `seq` have departed.
    func count(below seq: Int64) -> Int {
        let index = Int(seq & 0xFF)
        var total = 0
        for word in 0..<Self.wordCount {
            let bits = UInt64(bitPattern: words[word])
            let first = word * 64
            if index >= first + 64 {
                total += bits.nonzeroBitCount
            } else if index > first {
                total += (bits & ((1 << UInt64(index - first)) - 1)).nonzeroBitCount
            }
        }
        return total
    }
}
