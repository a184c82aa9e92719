import GRDB

/// Everything a token issue reads before it writes, in one statement: the lapse mark,
/// whether any lapsed waiter is left to count out, the buyer's token if there is one, and
/// the number a new token gets. Read as four statements, these cost a token issue about
/// 2.5 µs more (of about 49 µs).
struct Arrival {
    let mark: LapsedWaiters.Mark
    /// Whether a lapsed waiter is left uncounted at the caller's now (see `LapsedWaiters`).
    let lapsedWaitersUncounted: Bool
    /// The buyer's token, live or not.
    let existing: TokenRecord?
    /// The number the next token gets (`QueueIndex.nextNumber`). Deleting the buyer's old
    /// token leaves it as it is: a trigger moves `next_seq` past any newest token deleted.
    let nextNumber: Int64

    static func read(user: String, now: Timestamp, _ db: Database) throws -> Arrival {
        let arrival = try db.firstRow(statement, [.integer(now.milliseconds), .text(user)]) { row in
            Arrival(
                mark: LapsedWaiters.Mark(expiry: row.int64(5), seq: row.int64(6), talliedThrough: row.int64(7)),
                lapsedWaitersUncounted: row.int64(8) != 0,
                existing: row.optionalInt64(2) == nil ? nil : TokenRecord(row: row), nextNumber: row.int64(9))
        }
        guard let arrival else { throw BookingError.storageFailure("the queue counter is missing") }
        return arrival
    }

    /// The columns of `TokenRecord(row:)` (the token's all NULL when the buyer has none),
    /// then whether `LapsedWaiters.uncounted` finds any waiter for the mark read here, then
    /// the next number.
    private static let statement = """
        \(TokenRecord.columns),
            EXISTS (\(LapsedWaiters.uncounted(
                selecting: "1", markExpiry: "q.lapse_mark_expiry", markSeq: "q.lapse_mark_seq",
                lapseTime: "max(?, q.lapse_mark_expiry)"))),
            \(QueueIndex.nextNumber)
        FROM line_counter q LEFT JOIN buyer b ON b.name = ? LEFT JOIN token t ON t.seq = b.token_seq
        WHERE q.id = 1
        """
}
