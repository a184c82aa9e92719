import GRDB

/// The departure sums of `QueueIndex` rebuilt from the tokens themselves and compared with
/// the stored ones, for `InvariantAudit`: a drifted row would put people at the wrong place
/// in line.
enum QueueIndexAudit {
    /// How many rows differ from what the tokens say.
    static func nodesOff(_ db: Database) throws -> Int {
        let expected = try QueueIndex.sumsFromTheLine(db)
        var stored: [Int64: QueueIndex.Sums] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT node, departed, bits0, bits1, bits2, bits3 FROM departure_sums")
        while let row = try rows.next() {
            let sums = QueueIndex.Sums(departed: row[1], bits: DepartedBits(words: [row[2], row[3], row[4], row[5]]))
            if sums != QueueIndex.Sums() { stored[row[0]] = sums }
        }
        return Set(expected.keys).union(stored.keys).count { expected[$0] != stored[$0] }
    }
}
