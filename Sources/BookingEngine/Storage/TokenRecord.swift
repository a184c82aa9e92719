import GRDB

/// A row of the `token` table.
struct TokenRecord: Sendable {
    enum Status: String, Sendable {
        case waiting
        case active
    }

    let id: TokenID
    let user: String
    let seq: Int64
    let status: Status
    let expiresAt: Timestamp
    /// The lapse mark and the tally's newest number when the row was read (see
    /// `LapsedWaiters` and `WaitingTally`).
    let mark: LapsedWaiters.Mark

    /// The record in `row`; `id` when the caller already holds it, to save spelling it out.
    init(row: SteppedRow, id: TokenID? = nil) {
        seq = row.int64(2)
        self.id = id ?? TokenID(secret: row.text(0), sequence: seq)
        user = row.text(1)
        status = Status(rawValue: row.text(3)) ?? .waiting
        expiresAt = Timestamp(milliseconds: row.int64(4))
        mark = LapsedWaiters.Mark(expiry: row.int64(5), seq: row.int64(6), talliedThrough: row.int64(7))
    }

    init(id: TokenID, user: String, seq: Int64, status: Status, expiresAt: Timestamp, mark: LapsedWaiters.Mark) {
        self.id = id
        self.user = user
        self.seq = seq
        self.status = status
        self.expiresAt = expiresAt
        self.mark = mark
    }

    /// An admitted token lives until its expiry; a waiting one also ends once lapsed
    /// waiters up to its expiry have been counted out, whatever this process's clock says.
    func isLive(at now: Timestamp) -> Bool {
        expiresAt.milliseconds > (status == .waiting ? mark.lapseTime(now) : now.milliseconds)
    }

    /// The same token with a new expiry.
    func expiring(at expiry: Timestamp) -> TokenRecord {
        TokenRecord(id: id, user: user, seq: seq, status: status, expiresAt: expiry, mark: mark)
    }

    /// The select clause `init(row:)` reads, from `token t` and `line_counter q`.
    static let columns = """
        SELECT t.secret, t.user, t.seq, t.status, t.expires_at, q.lapse_mark_expiry, q.lapse_mark_seq, q.tallied_through
        """

    private static let byNumber = "\(columns) FROM token t JOIN line_counter q ON q.id = 1 WHERE t.seq = ? AND t.secret = ?"

    /// The token this id names: the row of its number in line, if the secret matches.
    static func find(_ id: TokenID, _ db: Database) throws -> TokenRecord? {
        guard let (secret, sequence) = id.parts else { return nil }
        return try db.firstRow(byNumber, [.integer(sequence), .text(secret.hex)]) { TokenRecord(row: $0, id: id) }
    }

    /// The token if it exists and has not expired.
    /// A waiting token past its lifetime has left the line: it is not found, swept or not,
    /// so the answer never depends on when a sweep ran. An admitted token past its shopping
    /// time is expired until the sweep deletes it.
    static func live(_ id: TokenID, at now: Timestamp, _ db: Database) throws -> TokenRecord {
        guard let token = try find(id, db), token.status == .active || token.isLive(at: now) else {
            throw BookingError.tokenNotFound
        }
        guard token.isLive(at: now) else { throw BookingError.tokenExpired }
        return token
    }

    /// The token if it is live and admitted; a waiting token fails with its position.
    static func active(_ id: TokenID, at now: Timestamp, _ db: Database) throws -> TokenRecord {
        let token = try live(id, at: now, db)
        if token.status == .waiting {
            throw BookingError.tokenNotActive(position: try QueueIndex.position(of: token, now: now, db))
        }
        return token
    }
}
