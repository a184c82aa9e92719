import GRDB

extension SQLiteBookingStore {
    public func charge(user: String, amount: Int64, now: Timestamp, ceiling: Int64) async throws -> Int64 {
        try await write { db in
            try Self.credit(user, amount: amount, now: now, ceiling: ceiling, db)
        }
    }

    public func balance(user: String) async throws -> Int64 {
        try await read { db in
            try db.int64("SELECT balance FROM buyer WHERE name = ?", [user]) ?? 0
        }
    }

    public func ledger(user: String) async throws -> [LedgerEntry] {
        try await read { db in
            try db.rows(
                "SELECT id, kind, amount, balance_after, at, payment_id FROM ledger WHERE buyer = ? ORDER BY id DESC",
                [user]
            ).map { row in
                LedgerEntry(
                    id: row["id"], kind: LedgerEntry.Kind(rawValue: row["kind"]) ?? .charge, amount: row["amount"],
                    balanceAfter: row["balance_after"], at: Timestamp(milliseconds: row["at"]),
                    payment: (row["payment_id"] as Int64?).map(PaymentID.init))
            }
        }
    }

    /// Adds points and writes the ledger entry; the new balance must stay within `ceiling`.
    static func credit(_ user: String, amount: Int64, now: Timestamp, ceiling: Int64, _ db: Database) throws -> Int64 {
        try db.run("INSERT OR IGNORE INTO buyer (name) VALUES (?)", [user])
        let balance = try db.int64("SELECT balance FROM buyer WHERE name = ?", [user]) ?? 0
        if amount > ceiling - balance {
            throw BookingError.invalidAmount(.overBalanceCeiling(ceiling: ceiling, room: max(0, ceiling - balance)))
        }
        try db.run("UPDATE buyer SET balance = balance + ? WHERE name = ?", [amount, user])
        try db.run(
            "INSERT INTO ledger (buyer, kind, amount, balance_after, at) VALUES (?, 'charge', ?, ?, ?)",
            [user, amount, balance + amount, now.milliseconds])
        return balance + amount
    }
}
