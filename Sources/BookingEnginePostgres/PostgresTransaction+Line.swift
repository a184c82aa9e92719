import BookingEngine
import PostgresNIO

/// The waiting line's primitives (see `QueueLine` for what they serve), as SQLite's
/// `SQLiteTransaction+Line.swift` has them; lists go as arrays, unnested on the server.
extension PostgresTransaction {
    func token(number: Int64) throws -> TokenRow? {
        try session.row("SELECT number, secret, buyer, status, expires_at, issued_at FROM token WHERE number = \(number)").map { row in
            TokenRow(
                number: try row.at(0), secret: try row.at(1), buyer: try row.at(2),
                status: TokenRow.Status(rawValue: try row.at(3)) ?? .waiting, expiresAt: try row.at(4), issuedAt: try row.at(5))
        }
    }

    func tokenNumber(ofBuyer buyer: String) throws -> Int64? {
        try session.value("SELECT token_number FROM buyer WHERE name = \(buyer)")
    }

    func uncountedLapses(mark: Int64, lineNow: Int64, after: Int64, before: Int64?) throws -> (total: Int64, below: Int64) {
        let row = try session.row(
            """
            SELECT COUNT(*), COUNT(*) FILTER (WHERE number < \(before ?? 0)) FROM token
            WHERE status = 'waiting' AND expires_at > \(mark) AND expires_at <= \(lineNow) AND number > \(after)
            """)
        return (try row?.at(0) ?? 0, try row?.at(1) ?? 0)
    }

    func firstUncountedLapses(mark: Int64, lineNow: Int64, limit: Int) throws -> [WaiterExpiry] {
        try session.rows(
            """
            SELECT number, expires_at FROM token WHERE status = 'waiting' AND expires_at > \(mark) AND expires_at <= \(lineNow)
            ORDER BY expires_at, number LIMIT \(limit)
            """
        ).map { WaiterExpiry(number: try $0.at(0), expiresAt: try $0.at(1)) }
    }

    func waiters(expiringAt expiry: Int64) throws -> [WaiterExpiry] {
        try session.rows("SELECT number FROM token WHERE status = 'waiting' AND expires_at = \(expiry) ORDER BY number")
            .map { WaiterExpiry(number: try $0.at(0), expiresAt: expiry) }
    }

    func firstLiveWaiters(after: Int64, lineNow: Int64, limit: Int) throws -> [Int64] {
        try session.rows(
            "SELECT number FROM token WHERE number > \(after) AND status = 'waiting' AND expires_at > \(lineNow) ORDER BY number LIMIT \(limit)"
        ).map { try $0.at(0) }
    }

    func lapseNodes(_ keys: [Int64]) throws -> [Int64: LapseNode] {
        var nodes: [Int64: LapseNode] = [:]
        for row in try session.rows("SELECT node, lapses, bits FROM lapse_node WHERE node = ANY(\(keys))") {
            nodes[try row.at(0)] = LapseNode(lapses: try row.at(1), bits: UInt64(bitPattern: try row.at(2)))
        }
        return nodes
    }

    func admissions(since: Int64) throws -> (admitted: Int64, first: Int64?) {
        let row = try session.row("SELECT COALESCE(SUM(admitted), 0)::bigint, MIN(at) FROM admission WHERE at > \(since)")
        return (try row?.at(0) ?? 0, try row?.at(1, as: Int64?.self) ?? nil)
    }

    func liveActiveCount(now: Int64) throws -> Int {
        try session.value("SELECT COUNT(*) FROM token WHERE status = 'active' AND expires_at > \(now)") ?? 0
    }

    func activeCount() throws -> Int {
        try session.value("SELECT active_count FROM state WHERE id = 1") ?? 0
    }

    func insertToken(_ token: TokenRow) throws {
        try session.run(
            """
            INSERT INTO buyer (name, token_number) VALUES (\(token.buyer), \(token.number))
            ON CONFLICT (name) DO UPDATE SET token_number = excluded.token_number
            """)
        try session.run(
            """
            INSERT INTO token (number, secret, buyer, status, issued_at, expires_at)
            VALUES (\(token.number), \(token.secret), \(token.buyer), \(token.status.rawValue), \(token.issuedAt), \(token.expiresAt))
            """)
    }

    func deleteToken(number: Int64) throws {
        try session.run("DELETE FROM token WHERE number = \(number)")
    }

    func activate(_ numbers: [Int64], until expiry: Int64) throws -> Int {
        try session.run("UPDATE token SET status = 'active', expires_at = \(expiry) WHERE status = 'waiting' AND number = ANY(\(numbers))")
    }

    func expireActiveToken(number: Int64, at moment: Int64) throws {
        try session.run("UPDATE token SET expires_at = \(moment) WHERE number = \(number) AND status = 'active'")
    }

    func deleteExpiredActiveTokens(now: Int64) throws -> Int {
        try session.run("DELETE FROM token WHERE status = 'active' AND expires_at <= \(now)")
    }

    func extendWaiters(_ waiters: [WaiterExpiry], lineNow: Int64) throws -> Int {
        try session.run(
            """
            UPDATE token SET expires_at = w.expiry
            FROM unnest(\(waiters.map(\.number)), \(waiters.map(\.expiresAt))) AS w(number, expiry)
            WHERE token.number = w.number AND token.status = 'waiting' AND token.expires_at > \(lineNow) AND token.expires_at < w.expiry
            """)
    }

    func addToLapseNodes(_ nodes: [Int64: LapseNode]) throws {
        let sorted = nodes.sorted { $0.key < $1.key }
        try session.run(
            """
            INSERT INTO lapse_node AS n (node, lapses, bits)
            SELECT * FROM unnest(\(sorted.map(\.key)), \(sorted.map(\.value.lapses)), \(sorted.map { Int64(bitPattern: $0.value.bits) }))
            ON CONFLICT (node) DO UPDATE SET lapses = n.lapses + excluded.lapses, bits = n.bits | excluded.bits
            """)
    }

    func deleteCountedWaiters(mark: Int64, limit: Int) throws -> Int {
        try session.run(
            """
            DELETE FROM token WHERE number IN (
                SELECT number FROM token WHERE status = 'waiting' AND expires_at <= \(mark) LIMIT \(limit))
            """)
    }

    func logAdmission(at moment: Int64, admitted: Int) throws {
        try session.run("INSERT INTO admission (at, admitted) VALUES (\(moment), \(admitted))")
    }

    func pruneAdmissions(before moment: Int64) throws {
        try session.run("DELETE FROM admission WHERE at < \(moment)")
    }
}
