import GRDB

/// Balances, payments, the ledger and request keys.
extension SQLiteTransaction {
    func balance(buyer: String) throws -> Int64? {
        try db.int64("SELECT balance FROM buyer WHERE name = ?", [buyer])
    }

    func ledger(buyer: String) throws -> [LedgerEntry] {
        try db.rows("SELECT id, kind, amount, balance_after, at, payment_id FROM ledger WHERE buyer = ? ORDER BY id DESC", [buyer])
            .map(Self.entry)
    }

    func ledgerEntry(_ id: Int64) throws -> LedgerEntry? {
        try db.row("SELECT id, kind, amount, balance_after, at, payment_id FROM ledger WHERE id = ?", [id]).map(Self.entry)
    }

    private static func entry(_ row: Row) -> LedgerEntry {
        LedgerEntry(
            id: row[0], kind: LedgerEntry.Kind(rawValue: row[1]) ?? .charge, amount: row[2], balanceAfter: row[3],
            at: Timestamp(milliseconds: row[4]), payment: (row[5] as Int64?).map(PaymentID.init))
    }

    func idempotentRecord(scope: IdempotencyKey.Scope, buyer: String, key: String) throws -> IdempotentRecord? {
        try db.row("SELECT request, result FROM request_key WHERE scope = ? AND buyer = ? AND key = ?", [scope.rawValue, buyer, key])
            .map { IdempotentRecord(request: $0[0], result: $0[1]) }
    }

    func idempotentRecord(scope: IdempotencyKey.Scope, token: String, key: String) throws -> IdempotentRecord? {
        try db.row("SELECT request, result FROM request_key WHERE token = ? AND scope = ? AND key = ?", [token, scope.rawValue, key])
            .map { IdempotentRecord(request: $0[0], result: $0[1]) }
    }

    func ensureBuyer(_ buyer: String) throws {
        try db.run("INSERT INTO buyer (name) VALUES (?) ON CONFLICT (name) DO NOTHING", [buyer])
    }

    func changeBalance(buyer: String, by delta: Int64) throws -> Int64 {
        guard let balance = try db.int64("UPDATE buyer SET balance = balance + ? WHERE name = ? RETURNING balance", [delta, buyer]) else {
            throw BookingError.storageFailure(.said("buyer \(buyer) is missing"))
        }
        return balance
    }

    func insertPayment(buyer: String, amount: Int64, at moment: Int64, token: String?) throws -> PaymentID {
        try db.run("INSERT INTO payment (buyer, amount, paid_at, token) VALUES (?, ?, ?, ?)", [buyer, amount, moment, token])
        return PaymentID(db.lastInsertedRowID)
    }

    func appendLedger(
        buyer: String, kind: LedgerEntry.Kind, amount: Int64, balanceAfter: Int64, at moment: Int64, payment: PaymentID?
    ) throws -> Int64 {
        try db.run(
            "INSERT INTO ledger (buyer, kind, amount, balance_after, at, payment_id) VALUES (?, ?, ?, ?, ?, ?)",
            [buyer, kind.rawValue, amount, balanceAfter, moment, payment?.rawValue])
        return db.lastInsertedRowID
    }

    func recordIdempotent(
        scope: IdempotencyKey.Scope, buyer: String, token: String?, key: String, _ record: IdempotentRecord, at moment: Int64
    ) throws {
        try db.run(
            "INSERT INTO request_key (scope, buyer, key, request, result, token, made_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [scope.rawValue, buyer, key, record.request, record.result, token, moment])
    }

    func pruneIdempotent(before moment: Int64) throws {
        try db.run("DELETE FROM request_key WHERE made_at < ?", [moment])
    }
}

/// Buyers' accounts and keys.
extension SQLiteTransaction {
    private static func account(_ row: Row) -> BuyerAccount {
        BuyerAccount(name: row[0], balance: row[1], keyMadeAt: (row[2] as Int64?).map { Timestamp(milliseconds: $0) })
    }

    func buyerAccount(_ buyer: String) throws -> BuyerAccount? {
        try db.row("SELECT name, balance, key_made_at FROM buyer WHERE name = ?", [buyer]).map(Self.account)
    }

    func buyer(keyHash: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM buyer WHERE key_hash = ?"), arguments: [keyHash])
    }

    func buyerAccounts() throws -> [BuyerAccount] {
        try db.rows("SELECT name, balance, key_made_at FROM buyer WHERE name NOT LIKE '@%' ORDER BY name").map(Self.account)
    }

    func setKey(hash: String, madeAt moment: Int64, buyer: String) throws {
        try db.run("UPDATE buyer SET key_hash = ?, key_made_at = ? WHERE name = ?", [hash, moment, buyer])
    }
}
