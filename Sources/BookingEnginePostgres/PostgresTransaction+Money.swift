import BookingEngine
import PostgresNIO

/// Balances, payments, the ledger, request keys and buyers' accounts, as SQLite's
/// `SQLiteTransaction+Money.swift` has them.
extension PostgresTransaction {
    func balance(buyer: String) throws -> Int64? {
        try session.value("SELECT balance FROM buyer WHERE name = \(buyer)")
    }

    func ledger(buyer: String) throws -> [LedgerEntry] {
        try session.rows("SELECT id, kind, amount, balance_after, at, payment_id FROM ledger WHERE buyer = \(buyer) ORDER BY id DESC")
            .map(Self.entry)
    }

    func ledgerEntry(_ id: Int64) throws -> LedgerEntry? {
        try session.row("SELECT id, kind, amount, balance_after, at, payment_id FROM ledger WHERE id = \(id)").map(Self.entry)
    }

    private static func entry(_ row: PostgresRandomAccessRow) throws -> LedgerEntry {
        LedgerEntry(
            id: try row.at(0), kind: LedgerEntry.Kind(rawValue: try row.at(1)) ?? .charge, amount: try row.at(2),
            balanceAfter: try row.at(3), at: Timestamp(milliseconds: try row.at(4)),
            payment: (try row.at(5, as: Int64?.self)).map(PaymentID.init))
    }

    func idempotentRecord(scope: IdempotencyKey.Scope, buyer: String, key: String) throws -> IdempotentRecord? {
        try session.row("SELECT request, result FROM request_key WHERE scope = \(scope.rawValue) AND buyer = \(buyer) AND key = \(key)")
            .map { IdempotentRecord(request: try $0.at(0), result: try $0.at(1)) }
    }

    func idempotentRecord(scope: IdempotencyKey.Scope, token: String, key: String) throws -> IdempotentRecord? {
        try session.row("SELECT request, result FROM request_key WHERE token = \(token) AND scope = \(scope.rawValue) AND key = \(key)")
            .map { IdempotentRecord(request: try $0.at(0), result: try $0.at(1)) }
    }

    /// The buyer's row locked against other turns and balance changes, not against the
    /// key-share locks that rows referring to the buyer take.
    func takeBuyerTurn(buyer: String) throws {
        try session.run("SELECT 1 FROM buyer WHERE name = \(buyer) FOR NO KEY UPDATE")
    }

    func takeBuyerTurn(token number: Int64) throws {
        try session.run("SELECT 1 FROM buyer WHERE name = (SELECT buyer FROM token WHERE number = \(number)) FOR NO KEY UPDATE")
    }

    func ensureBuyer(_ buyer: String) throws {
        try session.run("INSERT INTO buyer (name) VALUES (\(buyer)) ON CONFLICT (name) DO NOTHING")
    }

    func changeBalance(buyer: String, by delta: Int64) throws -> Int64 {
        guard let balance: Int64 = try session.value("UPDATE buyer SET balance = balance + \(delta) WHERE name = \(buyer) RETURNING balance")
        else {
            throw BookingError.storageFailure(.said("buyer \(buyer) is missing"))
        }
        return balance
    }

    func insertPayment(buyer: String, amount: Int64, at moment: Int64, token: String?) throws -> PaymentID {
        let id: Int64? = try session.value(
            "INSERT INTO payment (buyer, amount, paid_at, token) VALUES (\(buyer), \(amount), \(moment), \(token)) RETURNING id")
        return PaymentID(id ?? 0)
    }

    func appendLedger(
        buyer: String, kind: LedgerEntry.Kind, amount: Int64, balanceAfter: Int64, at moment: Int64, payment: PaymentID?
    ) throws -> Int64 {
        let id: Int64? = try session.value(
            """
            INSERT INTO ledger (buyer, kind, amount, balance_after, at, payment_id)
            VALUES (\(buyer), \(kind.rawValue), \(amount), \(balanceAfter), \(moment), \(payment?.rawValue)) RETURNING id
            """)
        return id ?? 0
    }

    func recordIdempotent(
        scope: IdempotencyKey.Scope, buyer: String, token: String?, key: String, _ record: IdempotentRecord, at moment: Int64
    ) throws {
        try session.run(
            """
            INSERT INTO request_key (scope, buyer, key, request, result, token, made_at)
            VALUES (\(scope.rawValue), \(buyer), \(key), \(record.request), \(record.result), \(token), \(moment))
            """)
    }

    func pruneIdempotent(before moment: Int64) throws {
        try session.run("DELETE FROM request_key WHERE made_at < \(moment)")
    }

    private static func account(_ row: PostgresRandomAccessRow) throws -> BuyerAccount {
        BuyerAccount(
            name: try row.at(0), balance: try row.at(1), keyMadeAt: (try row.at(2, as: Int64?.self)).map { Timestamp(milliseconds: $0) })
    }

    func buyerAccount(_ buyer: String) throws -> BuyerAccount? {
        try session.row("SELECT name, balance, key_made_at FROM buyer WHERE name = \(buyer)").map(Self.account)
    }

    func buyer(keyHash: String) throws -> String? {
        try session.value("SELECT name FROM buyer WHERE key_hash = \(keyHash)")
    }

    func buyerAccounts() throws -> [BuyerAccount] {
        try session.rows("SELECT name, balance, key_made_at FROM buyer WHERE name NOT LIKE '@%' ORDER BY name COLLATE \"C\"").map(Self.account)
    }

    func setKey(hash: String, madeAt moment: Int64, buyer: String) throws {
        try session.run("UPDATE buyer SET key_hash = \(hash), key_made_at = \(moment) WHERE name = \(buyer)")
    }
}
