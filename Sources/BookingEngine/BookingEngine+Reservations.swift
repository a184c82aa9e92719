extension BookingEngine {
    /// Flow 7: holds the given seats for `holdDuration`, all or none. Requires an active token.
    public func hold(token: TokenID, seats: [SeatID]) async throws(BookingError) -> [Hold] {
        try await recording(.hold, "Hold", describe: Self.held) { () async throws(BookingError) in
            if seats.isEmpty { throw .invalidRequest("Pick at least one seat to hold") }
            if Set(seats).count != seats.count { throw .invalidRequest("The same seat was picked twice") }
            if seats.count > configuration.holdLimit { throw .holdLimitReached(limit: configuration.holdLimit) }
            let now = clock.now()
            return try await perform { try await store.hold(token: token, seats: seats, now: now, policy: configuration) }
        }
    }

    /// Gives up one of the buyer's own holds; its seat is free at once. Releasing a hold
    /// that has already lapsed succeeds and changes nothing.
    public func release(token: TokenID, reservation: ReservationID) async throws(BookingError) {
        let now = clock.now()
        try await recording(.release, "Release", describe: { "Released hold #\(reservation)" }) { () async throws(BookingError) in
            try await perform { try await store.release(token: token, reservation: reservation, now: now) }
        }
    }

    /// Flow 8: cancels holds past their deadline. Returns how many. The seats were already
    /// free for everyone from the deadline on; this only tidies the records.
    @discardableResult
    public func releaseExpiredHolds() async throws(BookingError) -> Int {
        let now = clock.now()
        let described = { (count: Int) in count > 0 ? "Cancelled " + EngineEvent.counted(count, "lapsed hold") : nil }
        return try await recording(.sweep, "Hold sweep", describe: described) { () async throws(BookingError) in
            try await perform { try await store.releaseExpiredHolds(now: now) }
        }
    }

    /// Flow 9: pays for the given holds in one transaction: debit, ledger entry, seats sold,
    /// reservations confirmed. When the buyer has no holds left, their token expires.
    /// Paying again for the same reservations returns the first receipt and charges nothing.
    public func pay(token: TokenID, reservations: [ReservationID]) async throws(BookingError) -> Receipt {
        try await recording(.payment, "Payment", describe: Self.paid) { () async throws(BookingError) in
            if reservations.isEmpty { throw .invalidRequest("Pick at least one hold to pay for") }
            if Set(reservations).count != reservations.count { throw .invalidRequest("The same hold was listed twice") }
            let now = clock.now()
            return try await perform { try await store.pay(token: token, reservations: reservations, now: now) }
        }
    }

    /// The buyer's live holds, soonest deadline first.
    public func holds(user: String) async throws(BookingError) -> [Hold] {
        let user = try BuyerName.validate(user)
        let now = clock.now()
        return try await perform { try await store.holds(user: user, now: now) }
    }

    /// The buyer's confirmed bookings, newest first.
    public func bookings(user: String) async throws(BookingError) -> [Booking] {
        let user = try BuyerName.validate(user)
        return try await perform { try await store.bookings(user: user) }
    }

    private static func held(_ holds: [Hold]) -> String {
        let title = holds.first.map { " · " + $0.seat.concertTitle } ?? ""
        return "Held seat\(holds.count == 1 ? "" : "s") " + EngineEvent.seats(holds.map(\.seat.seatNumber)) + title
    }

    private static func paid(_ receipt: Receipt) -> String {
        if receipt.wasAlreadyPaid { return "Payment #\(receipt.payment) repeated; nothing charged again" }
        let seats = EngineEvent.seats(receipt.bookings.map(\.seat.seatNumber))
        let plural = receipt.bookings.count == 1 ? "" : "s"
        return "Paid \(EngineEvent.points(receipt.amount)) pts for seat\(plural) \(seats) (payment #\(receipt.payment))"
    }
}
