import GRDB

/// The waiting line's primitives (see `QueueLine` for what they serve). Lists of numbers
/// travel as one JSON array argument read with `json_each`, so each statement is prepared
/// once whatever the length of the list. Limits are written into the SQL, not bound:
/// SQLite's planner reads a bound `LIMIT ?` and then prepares the statement again every
/// time the value is bound.
extension SQLiteTransaction {
    func token(number: Int64) throws -> TokenRow? {
        try db.first("SELECT number, secret, buyer, status, expires_at, issued_at FROM token WHERE number = ?", [number]) { row in
            TokenRow(
                number: row[0], secret: row[1], buyer: row[2], status: TokenRow.Status(rawValue: row[3]) ?? .waiting,
                expiresAt: row[4], issuedAt: row[5])
        }
    }

    func tokenNumber(ofBuyer buyer: String) throws -> Int64? {
        try db.int64("SELECT token_number FROM buyer WHERE name = ?", [buyer])
    }

    func uncountedLapses(mark: Int64, lineNow: Int64, after: Int64, before: Int64?) throws -> (total: Int64, below: Int64) {
        try db.first(
            """
            SELECT COUNT(*), COALESCE(SUM(number < ?), 0) FROM token
            WHERE status = 'waiting' AND expires_at > ? AND expires_at <= ? AND number > ?
            """, [before ?? 0, mark, lineNow, after]
        ) { ($0[0], $0[1]) } ?? (0, 0)
    }

    func firstUncountedLapses(mark: Int64, lineNow: Int64, limit: Int) throws -> [WaiterExpiry] {
        try db.each(
            """
            SELECT number, expires_at FROM token WHERE status = 'waiting' AND expires_at > ? AND expires_at <= ?
            ORDER BY expires_at, number LIMIT \(limit)
            """, [mark, lineNow]
        ) { WaiterExpiry(number: $0[0], expiresAt: $0[1]) }
    }

    func waiters(expiringAt expiry: Int64) throws -> [WaiterExpiry] {
        try db.int64s("SELECT number FROM token WHERE status = 'waiting' AND expires_at = ? ORDER BY number", [expiry])
            .map { WaiterExpiry(number: $0, expiresAt: expiry) }
    }

    /// Walks the table by number from `after`: lapsed waiters and admitted buyers there are
    /// stepped over, which the expiry index could not order by number.
    func firstLiveWaiters(after: Int64, lineNow: Int64, limit: Int) throws -> [Int64] {
        try db.int64s(
            "SELECT number FROM token NOT INDEXED WHERE number > ? AND status = 'waiting' AND expires_at > ? ORDER BY number LIMIT \(limit)",
            [after, lineNow])
    }

    func lapseNodes(_ keys: [Int64]) throws -> [Int64: LapseNode] {
        // The list drives the join (CROSS JOIN keeps that order): `IN (SELECT … json_each)`
        // would first copy the list into a temporary table on every read.
        let sql = "SELECT n.node, n.lapses, n.bits FROM json_each(?) AS k CROSS JOIN lapse_node AS n ON n.node = k.value"
        let rows = try db.each(sql, [Self.json(keys)]) { row -> (Int64, LapseNode) in
            (row[0], LapseNode(lapses: row[1], bits: UInt64(bitPattern: row[2])))
        }
        return Dictionary(rows, uniquingKeysWith: { first, _ in first })
    }

    func admissions(since: Int64) throws -> (admitted: Int64, first: Int64?) {
        try db.first("SELECT COALESCE(SUM(admitted), 0), MIN(at) FROM admission WHERE at > ?", [since]) { ($0[0], $0[1]) }
            ?? (0, nil)
    }

    func liveActiveCount(now: Int64) throws -> Int {
        Int(try db.int64("SELECT COUNT(*) FROM token WHERE status = 'active' AND expires_at > ?", [now]) ?? 0)
    }

    func activeCount() throws -> Int {
        Int(try db.int64("SELECT active_count FROM state WHERE id = 1") ?? 0)
    }

    func insertToken(_ token: TokenRow) throws {
        try db.run(
            "INSERT INTO buyer (name, token_number) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET token_number = excluded.token_number",
            [token.buyer, token.number])
        try db.run(
            "INSERT INTO token (number, secret, buyer, status, issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
            [token.number, token.secret, token.buyer, token.status.rawValue, token.issuedAt, token.expiresAt])
    }

    func deleteToken(number: Int64) throws {
        try db.run("DELETE FROM token WHERE number = ?", [number])
    }

    func activate(_ numbers: [Int64], until expiry: Int64) throws -> Int {
        try db.run(
            "UPDATE token SET status = 'active', expires_at = ? WHERE status = 'waiting' AND number IN (SELECT value FROM json_each(?))",
            [expiry, Self.json(numbers)])
    }

    func expireActiveToken(number: Int64, at moment: Int64) throws {
        try db.run("UPDATE token SET expires_at = ? WHERE number = ? AND status = 'active'", [moment, number])
    }

    func deleteExpiredActiveTokens(now: Int64) throws -> Int {
        try db.run("DELETE FROM token WHERE status = 'active' AND expires_at <= ?", [now])
    }

    func extendWaiters(_ waiters: [WaiterExpiry], lineNow: Int64) throws -> Int {
        try db.run(
            """
            UPDATE token SET expires_at = w.expiry
            FROM (SELECT json_extract(value, '$[0]') AS number, json_extract(value, '$[1]') AS expiry FROM json_each(?)) AS w
            WHERE token.number = w.number AND token.status = 'waiting' AND token.expires_at > ? AND token.expires_at < w.expiry
            """, [Self.json(waiters.map { [$0.number, $0.expiresAt] }), lineNow])
    }

    func addToLapseNodes(_ nodes: [Int64: LapseNode]) throws {
        let rows = nodes.sorted { $0.key < $1.key }.map { [$0.key, $0.value.lapses, Int64(bitPattern: $0.value.bits)] }
        try db.run(
            """
            INSERT INTO lapse_node (node, lapses, bits)
            SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?) WHERE true
            ON CONFLICT (node) DO UPDATE SET lapses = lapses + excluded.lapses, bits = bits | excluded.bits
            """, [Self.json(rows)])
    }

    func deleteCountedWaiters(mark: Int64, limit: Int) throws -> Int {
        try db.run(
            "DELETE FROM token WHERE number IN (SELECT number FROM token WHERE status = 'waiting' AND expires_at <= ? LIMIT \(limit))",
            [mark])
    }

    func logAdmission(at moment: Int64, admitted: Int) throws {
        try db.run("INSERT INTO admission (at, admitted) VALUES (?, ?)", [moment, admitted])
    }

    func pruneAdmissions(before moment: Int64) throws {
        try db.run("DELETE FROM admission WHERE at < ?", [moment])
    }

    /// Integers as a JSON array, for `json_each`.
    static func json(_ values: [Int64]) -> String {
        "[" + values.map(String.init).joined(separator: ",") + "]"
    }

    /// Rows of integers as a JSON array of arrays.
    static func json(_ rows: [[Int64]]) -> String {
        "[" + rows.map { json($0) }.joined(separator: ",") + "]"
    }
}
