import GRDB

extension SQLiteBookingStore {
    public func pay(token: TokenID, reservations: [ReservationID], now: Timestamp) async throws -> Receipt {
        try await writeThenThrow { db in
            guard let caller = try TokenRecord.find(token, db), caller.status == .active || caller.isLive(at: now) else {
                throw BookingError.tokenNotFound
            }
            var rows: [Row] = []
            for id in reservations {
                guard let row = try db.row("SELECT id, buyer, status, price, expires_at, payment_id FROM reservation WHERE id = ?", [id.rawValue]) else {
                    throw BookingError.reservationNotFound(id)
                }
                guard (row["buyer"] as String) == caller.user else { throw BookingError.notYourReservation(id) }
                rows.append(row)
            }
            let payments = Set(rows.compactMap { $0["payment_id"] as Int64? })
            if rows.allSatisfy({ ($0["status"] as String) == "confirmed" }), payments.count == 1, let payment = payments.first {
                return .success(try Self.receipt(PaymentID(payment), db, wasAlreadyPaid: true))
            }
            if let paid = rows.first(where: { ($0["status"] as String) == "confirmed" }) {
                throw BookingError.alreadyPaid(ReservationID(paid["id"]))
            }
            let active = try TokenRecord.active(token, at: now, db)
            let lapsed = rows.filter { ($0["status"] as String) == "canceled" || ($0["expires_at"] as Int64) <= now.milliseconds }
            if !lapsed.isEmpty {
                for row in lapsed {
                    try db.run("UPDATE reservation SET status = 'canceled' WHERE id = ? AND status = 'held'", [row["id"] as Int64])
                }
                return .failure(.holdExpired)
            }
            let total = try rows.reduce(Int64(0)) { sum, row in
                let (next, overflow) = sum.addingReportingOverflow(row["price"] as Int64)
                if overflow { throw BookingError.invalidRequest("The total of these holds is too large to pay at once") }
                return next
            }
            let balance = try db.int64("SELECT balance FROM buyer WHERE name = ?", [active.user]) ?? 0
            if balance < total { throw BookingError.notEnoughPoints(balance: balance, needed: total) }
            try db.run("UPDATE buyer SET balance = balance - ? WHERE name = ?", [total, active.user])
            try db.run("INSERT INTO payment (buyer, amount, paid_at) VALUES (?, ?, ?)", [active.user, total, now.milliseconds])
            let payment = db.lastInsertedRowID
            try db.run(
                """
                INSERT INTO ledger (buyer, kind, amount, balance_after, at, payment_id)
                VALUES (?, 'payment', ?, ?, ?, ?)
                """, [active.user, total, balance - total, now.milliseconds, payment])
            for id in reservations {
                try db.run("UPDATE reservation SET status = 'confirmed', payment_id = ? WHERE id = ?", [payment, id.rawValue])
            }
            let remaining = try db.int64(
                "SELECT COUNT(*) FROM reservation WHERE buyer = ? AND status = 'held' AND expires_at > ?",
                [active.user, now.milliseconds]) ?? 0
            if remaining == 0 {
                try db.run("UPDATE token SET expires_at = ? WHERE seq = ?", [now.milliseconds, active.seq])
            }
            return .success(try Self.receipt(PaymentID(payment), db, wasAlreadyPaid: false))
        }
    }

    static func receipt(_ payment: PaymentID, _ db: Database, wasAlreadyPaid: Bool) throws -> Receipt {
        guard let row = try db.row(
            """
            SELECT p.amount, p.paid_at, l.balance_after FROM payment p
            JOIN ledger l ON l.payment_id = p.id WHERE p.id = ?
            """, [payment.rawValue])
        else { throw BookingError.storageFailure("payment \(payment) has no ledger entry") }
        let bookings = try db.int64s("SELECT id FROM reservation WHERE payment_id = ? ORDER BY id", [.integer(payment.rawValue)])
            .map { try booking(ReservationID($0), db) }
        return Receipt(
            payment: payment, bookings: bookings, amount: row["amount"], balanceAfter: row["balance_after"],
            paidAt: Timestamp(milliseconds: row["paid_at"]), wasAlreadyPaid: wasAlreadyPaid)
    }
}
