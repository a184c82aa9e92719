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

    init(row: Row) {
        id = TokenID(rawValue: row["id"])
        user = row["user"]
        seq = row["seq"]
        status = Status(rawValue: row["status"]) ?? .waiting
        expiresAt = Timestamp(milliseconds: row["expires_at"])
    }

    func isLive(at now: Timestamp) -> Bool { expiresAt > now }

    static func find(_ id: TokenID, _ db: Database) throws -> TokenRecord? {
        try db.row("SELECT id, user, seq, status, expires_at FROM token WHERE id = ?", [id.rawValue])
            .map(TokenRecord.init(row:))
    }

    static func find(user: String, _ db: Database) throws -> TokenRecord? {
        try db.row("SELECT id, user, seq, status, expires_at FROM token WHERE user = ?", [user])
            .map(TokenRecord.init(row:))
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
            throw BookingError.tokenNotActive(position: try QueueIndex.position(of: token.seq, now: now, db))
        }
        return token
    }
}
