extension BookingEngine {
    /// Flow 10: adds points to the buyer's balance and returns the new balance, in one
    /// durable transaction. `key` names this attempt (`IdempotencyKey`): the same key
    /// again returns the first answer and credits nothing.
    public func charge(user: String, amount: Int64, key: IdempotencyKey) async throws(BookingError) -> Int64 {
        try await noting(.charge) { () async throws(BookingError) in
            let user = try BuyerName.validate(user)
            let request = IdempotencyKey.topUp(buyer: user, amount: amount)
            return try await write(.durable) { tx, state, time in
                if let bound = try tx.idempotentRecord(scope: .topUp, buyer: user, key: key.value) {
                    guard bound.request == request else { throw BookingError.idempotencyKeyReused }
                    guard let entry = try tx.ledgerEntry(bound.result) else {
                        throw BookingError.storageFailure(.said("top-up \(bound.result) has no ledger entry"))
                    }
                    return entry.balanceAfter
                }
                let policy = state.policy
                if amount < 1 { throw BookingError.invalidAmount(.notPositive) }
                if amount > policy.maxCharge { throw BookingError.invalidAmount(.overChargeLimit(limit: policy.maxCharge)) }
                try tx.ensureBuyer(user)
                try tx.takeBuyerTurn(buyer: user)
                let balance = try tx.balance(buyer: user) ?? 0
                if amount > policy.balanceCeiling - balance {
                    throw BookingError.invalidAmount(.overBalanceCeiling(ceiling: policy.balanceCeiling, room: max(0, policy.balanceCeiling - balance)))
                }
                let after = try tx.changeBalance(buyer: user, by: amount)
                let entry = try tx.appendLedger(buyer: user, kind: .charge, amount: amount, balanceAfter: after, at: time.now, payment: nil)
                try tx.recordIdempotent(scope: .topUp, buyer: user, token: nil, key: key.value, IdempotentRecord(request: request, result: entry), at: time.now)
                try tx.record(.charged(buyer: user, amount: amount, balance: after), time)
                return after
            }
        }
    }

    /// Flow 10 from typed text: parses `text` as whole points first (digits only, no sign).
    public func charge(user: String, amountText: String, key: IdempotencyKey) async throws(BookingError) -> Int64 {
        try await charge(user: user, amount: PointAmount.parse(amountText), key: key)
    }

    /// Flow 11: the buyer's balance (0 for someone never seen).
    public func balance(user: String) async throws(BookingError) -> Int64 {
        let user = try BuyerName.validate(user)
        return try await read { tx, _, _ in try tx.balance(buyer: user) ?? 0 }
    }

    /// Whether the database knows a buyer by this name (one who has joined the line or had
    /// points), for commands that should not answer for someone who does not exist.
    public func knowsBuyer(_ user: String) async throws(BookingError) -> Bool {
        let user = try BuyerName.validate(user)
        return try await read { tx, _, _ in try tx.balance(buyer: user) != nil }
    }

    /// Every change to the buyer's points, newest first.
    public func ledger(user: String) async throws(BookingError) -> [LedgerEntry] {
        let user = try BuyerName.validate(user)
        return try await read { tx, _, _ in try tx.ledger(buyer: user) }
    }
}
