extension BookingEngine {
    /// Flow 9: pays for the given holds in one durable transaction: debit, ledger entry,
    /// seats sold, reservations confirmed. When the buyer has no holds left, their token
    /// expires. `key` names this attempt (`IdempotencyKey`): the same key again returns the
    /// first receipt and charges nothing, whatever has happened to the token since.
    /// Paying again for reservations already paid, under a new key, also returns the
    /// original receipt.
    public func pay(token: TokenID, reservations: [ReservationID], key: IdempotencyKey) async throws(BookingError) -> Receipt {
        try await noting(.payment) { () async throws(BookingError) in
            if reservations.isEmpty { throw .invalidRequest(.noHoldsPicked) }
            if Set(reservations).count != reservations.count { throw .invalidRequest(.holdListedTwice) }
            let request = IdempotencyKey.payment(reservations)
            return try await writeLeavingState(.durable) { tx, state, time -> Result<Receipt, BookingError> in
                if let number = token.parts?.sequence { try tx.takeBuyerTurn(token: number) }
                let caller = try Self.tokenForPayment(token, reservations, key: key, request: request, tx)
                switch caller {
                case .replay(let receipt): return .success(receipt)
                case .token(let payer): return try Self.pay(payer, reservations, key: key, request: request, tx, state, time)
                }
            }.get()
        }
    }

    /// Who is paying: a replay of an earlier success under the same key, or the token's row.
    private enum Payer {
        case replay(Receipt)
        case token(TokenRow)
    }

    /// The paying token, unless `key` already bound a payment: then its receipt, or
    /// `idempotencyKeyReused` for a different request. Looked up through the buyer when the
    /// token is still stored, through the token itself when it was swept. A swept token
    /// asking, under a new key, to pay for what it paid for gets that receipt again, as a
    /// stored one would: another terminal of the same buyer that paid first is not an error.
    private static func tokenForPayment(
        _ id: TokenID, _ reservations: [ReservationID], key: IdempotencyKey, request: String, _ tx: any StoreReading
    ) throws -> Payer {
        let parts = id.parts
        let row = try parts.flatMap { try tx.token(number: $0.sequence) }.flatMap { $0.secret == parts?.secret.hex ? $0 : nil }
        let bound = try row.map { try tx.idempotentRecord(scope: .payment, buyer: $0.buyer, key: key.value) }
            ?? tx.idempotentRecord(scope: .payment, token: id.rawValue, key: key.value)
        if let bound {
            guard bound.request == request else { throw BookingError.idempotencyKeyReused }
            guard let receipt = try tx.receipt(PaymentID(bound.result)) else {
                throw BookingError.storageFailure(.said("payment \(bound.result) has no receipt"))
            }
            return .replay(receipt.again)
        }
        guard let row else {
            guard let receipt = try paidEarlier(by: id, reservations, tx) else { throw BookingError.tokenNotFound }
            return .replay(receipt.again)
        }
        return .token(row)
    }

    /// The receipt of the one payment that token `id` made for all of `reservations`, if so.
    private static func paidEarlier(by id: TokenID, _ reservations: [ReservationID], _ tx: any StoreReading) throws -> Receipt? {
        var payments = Set<PaymentID>()
        for reservation in reservations {
            guard let row = try tx.reservation(reservation), row.status == .confirmed, let payment = row.payment else { return nil }
            payments.insert(payment)
        }
        guard payments.count == 1, let payment = payments.first, try tx.paymentToken(payment) == id.rawValue else { return nil }
        return try tx.receipt(payment)
    }

    private static func pay(
        _ payer: TokenRow, _ ids: [ReservationID], key: IdempotencyKey, request: String, _ tx: any StoreWriting, _ state: StoredState, _ time: EngineTime
    ) throws -> Result<Receipt, BookingError> {
        if payer.status == .waiting, !QueueLine.isLive(payer, state.line, time) { throw BookingError.tokenNotFound }
        var rows: [ReservationRow] = []
        for id in ids {
            guard let row = try tx.reservation(id) else { throw BookingError.reservationNotFound(id) }
            guard row.buyer == payer.buyer else { throw BookingError.notYourReservation(id) }
            rows.append(row)
        }
        let payments = Set(rows.compactMap(\.payment))
        if rows.allSatisfy({ $0.status == .confirmed }), payments.count == 1, let payment = payments.first {
            guard let receipt = try tx.receipt(payment) else { throw BookingError.storageFailure(.said("payment \(payment) has no receipt")) }
            try tx.recordIdempotent(scope: .payment, buyer: payer.buyer, token: payer.id.rawValue, key: key.value,
                                    IdempotentRecord(request: request, result: payment.rawValue), at: time.now)
            return .success(receipt.again)
        }
        if let paid = rows.first(where: { $0.status == .confirmed }) { throw BookingError.alreadyPaid(paid.id) }
        let active = try activeToken(payer.id, tx, state, time)
        let lapsed = rows.filter { $0.status == .canceled || $0.expiresAt <= time.now }
        if !lapsed.isEmpty {
            for row in lapsed.sorted(by: { $0.seat < $1.seat }) where row.status == .held { _ = try tx.cancelHold(row.id) }
            return .failure(.holdExpired)
        }
        let total = try rows.reduce(Int64(0)) { sum, row in
            let (next, overflow) = sum.addingReportingOverflow(row.price)
            if overflow { throw BookingError.invalidRequest(.totalTooLarge) }
            return next
        }
        let balance = try tx.balance(buyer: active.buyer) ?? 0
        if balance < total { throw BookingError.notEnoughPoints(balance: balance, needed: total) }
        let after = try tx.changeBalance(buyer: active.buyer, by: -total)
        let payment = try tx.insertPayment(buyer: active.buyer, amount: total, at: time.now, token: active.id.rawValue)
        _ = try tx.appendLedger(buyer: active.buyer, kind: .payment, amount: total, balanceAfter: after, at: time.now, payment: payment)
        for row in rows.sorted(by: { $0.seat < $1.seat })
        where try tx.confirmOwnHold(row.id, buyer: active.buyer, payment: payment, now: time.now) != 1 {
            throw BookingError.storageFailure(.holdNotConfirmed(reservation: row.id.rawValue))
        }
        if try tx.liveHoldCount(buyer: active.buyer, now: time.now) == 0 {
            try tx.expireActiveToken(number: active.number, at: time.now)
        }
        try tx.recordIdempotent(scope: .payment, buyer: active.buyer, token: active.id.rawValue, key: key.value,
                                IdempotentRecord(request: request, result: payment.rawValue), at: time.now)
        guard let receipt = try tx.receipt(payment) else { throw BookingError.storageFailure(.said("payment \(payment) has no receipt")) }
        try tx.record(.paid(amount: total, seats: receipt.bookings.map { EngineEvent.Seat($0.seat) }, payment: payment.rawValue), time)
        return .success(receipt)
    }
}

extension Receipt {
    /// The same receipt, as the answer to a repeated payment: nothing was charged now.
    var again: Receipt {
        Receipt(payment: payment, bookings: bookings, amount: amount, balanceAfter: balanceAfter, paidAt: paidAt, wasAlreadyPaid: true)
    }
}
