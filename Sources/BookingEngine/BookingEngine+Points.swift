extension BookingEngine {
    /// Flow 10: adds points to the buyer's balance and returns the new balance.
    public func charge(user: String, amount: Int64) async throws(BookingError) -> Int64 {
        let described = { (balance: Int64) in "\(user) +\(EngineEvent.points(amount)) pts · balance \(EngineEvent.points(balance))" }
        return try await recording(.charge, "Charge", describe: described) { () async throws(BookingError) in
            let user = try BuyerName.validate(user)
            if amount < 1 { throw .invalidAmount(.notPositive) }
            if amount > configuration.maxCharge { throw .invalidAmount(.overChargeLimit(limit: configuration.maxCharge)) }
            let now = clock.now()
            return try await perform { try await store.charge(user: user, amount: amount, now: now, ceiling: configuration.balanceCeiling) }
        }
    }

    /// Flow 10 from typed text: parses `text` as whole points first (digits only, no sign).
    public func charge(user: String, amountText: String) async throws(BookingError) -> Int64 {
        try await charge(user: user, amount: PointAmount.parse(amountText))
    }

    /// Flow 11: the buyer's balance (0 for someone never seen).
    public func balance(user: String) async throws(BookingError) -> Int64 {
        let user = try BuyerName.validate(user)
        return try await perform { try await store.balance(user: user) }
    }

    /// Every change to the buyer's points, newest first.
    public func ledger(user: String) async throws(BookingError) -> [LedgerEntry] {
        let user = try BuyerName.validate(user)
        return try await perform { try await store.ledger(user: user) }
    }
}
