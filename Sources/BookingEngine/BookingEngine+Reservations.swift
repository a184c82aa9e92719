extension BookingEngine {
    /// Flow 7: holds the given seats, all or none. Requires an active token. A hold lasts
    /// the hold duration or until the buyer's shopping time ends, whichever comes first:
    /// a hold never keeps a seat past the moment its buyer could pay for it.
    public func hold(token: TokenID, seats: [SeatID]) async throws(BookingError) -> [Hold] {
        try await noting(.hold) { () async throws(BookingError) in
            if seats.isEmpty { throw .invalidRequest(.noSeatsPicked) }
            if Set(seats).count != seats.count { throw .invalidRequest(.seatPickedTwice) }
            return try await writeLeavingState { tx, state, time in
                if let number = token.parts?.sequence { try tx.takeBuyerTurn(token: number) }
                let buyer = try Self.activeToken(token, tx, state, time)
                let limit = state.policy.holdLimit
                let holding = try tx.liveHoldCount(buyer: buyer.buyer, now: time.now)
                if holding + seats.count > limit {
                    throw BookingError.holdLimitReached(limit: limit)
                }
                let deadline = HoldRule.deadline(heldAt: time.now, shoppingEnds: buyer.expiresAt, policy: state.policy)
                var picked: [(id: SeatID, seat: SeatRow)] = []
                for id in seats {
                    guard let seat = try tx.seat(id) else { throw BookingError.seatNotFound(id) }
                    if seat.label.startsAt.milliseconds <= time.now {
                        throw BookingError.invalidRequest(.performanceStarted)
                    }
                    if let taken = seat.reservation, !HoldRule.mayTakeOver(taken, now: time.now) {
                        throw BookingError.seatUnavailable(seatNumber: seat.label.seatNumber)
                    }
                    picked.append((id, seat))
                }
                // Written in seat order, as every write that changes seat counts is, so that
                // two such writes never wait for each other (see `PostgresBookingStore`).
                var held: [SeatID: Hold] = [:]
                for (id, seat) in picked.sorted(by: { $0.id < $1.id }) {
                    if let taken = seat.reservation { _ = try tx.cancelHold(taken.id) }
                    let reservation = try tx.insertHold(seat: id, buyer: buyer.buyer, price: seat.price, heldAt: time.now, expiresAt: deadline)
                    held[id] = Hold(id: reservation, seat: seat.label, price: seat.price, heldAt: time.moment, expiresAt: Timestamp(milliseconds: deadline))
                }
                let holds = seats.compactMap { held[$0] }
                try tx.record(.held(seats: holds.map { EngineEvent.Seat($0.seat) }, concert: holds.first?.seat.concertTitle ?? ""), time)
                return holds
            }
        }
    }

    /// Gives up one of the buyer's own holds; its seat is free at once. Releasing a hold
    /// that has already lapsed or been released succeeds and changes nothing.
    public func release(token: TokenID, reservation: ReservationID) async throws(BookingError) {
        try await noting(.release) { () async throws(BookingError) in
            try await write { tx, state, time in
                if let number = token.parts?.sequence { try tx.takeBuyerTurn(token: number) }
                let buyer = try Self.liveToken(token, tx, state.line, time).buyer
                if try tx.cancelOwnHold(reservation, buyer: buyer) == 1 {
                    let seat = try tx.reservation(reservation).flatMap { try tx.seat($0.seat) }.map { EngineEvent.Seat($0.label) }
                    try tx.record(.released(reservation: reservation.rawValue, seat: seat), time)
                    return
                }
                guard let row = try tx.reservation(reservation) else { throw BookingError.reservationNotFound(reservation) }
                guard row.buyer == buyer else { throw BookingError.notYourReservation(reservation) }
                if row.status == .confirmed { throw BookingError.alreadyPaid(reservation) }
            }
        }
    }

    /// Flow 8: cancels holds past their deadline. Returns how many. The seats were already
    /// free for everyone from the deadline on; this only tidies the records.
    @discardableResult
    public func releaseExpiredHolds() async throws(BookingError) -> Int {
        try await sweepExpiredHolds().released
    }

    /// Flow 8, with the engine time the sweep ran at.
    func sweepExpiredHolds() async throws(BookingError) -> (released: Int, at: Timestamp) {
        try await noting(.holdSweep) { () async throws(BookingError) in
            try await write(.maintenance) { tx, _, time in
                let count = try tx.cancelExpiredHolds(now: time.now)
                if count > 0 { try tx.record(.holdsCancelled(count: count), time) }
                return (count, time.moment)
            }
        }
    }

    /// The buyer's live holds, soonest deadline first.
    public func holds(user: String) async throws(BookingError) -> [Hold] {
        let user = try BuyerName.validate(user)
        return try await read { tx, _, time in try tx.holds(buyer: user, now: time.now) }
    }

    /// The buyer's confirmed bookings, newest first.
    public func bookings(user: String) async throws(BookingError) -> [Booking] {
        let user = try BuyerName.validate(user)
        return try await read { tx, _, _ in try tx.bookings(buyer: user) }
    }
}

/// The rules of holding a seat.
enum HoldRule {
    /// When a hold made at `heldAt` ends: after the hold duration, or when the buyer's
    /// shopping time ends (`shoppingEnds`), whichever is first. The shopping time is not
    /// stretched: the place it occupies belongs to the next in line.
    static func deadline(heldAt: Int64, shoppingEnds: Int64, policy: EngineConfiguration) -> Int64 {
        min(heldAt + policy.holdDuration.wholeMilliseconds, shoppingEnds)
    }

    /// Whether a seat's reservation may be taken over by a new hold at `now`: only a hold
    /// past its deadline that the sweep has not cancelled yet.
    static func mayTakeOver(_ reservation: ReservationRow, now: Int64) -> Bool {
        !reservation.isLive(at: now)
    }
}
