extension BookingEngine {
    /// A performance's venue at a glance: each section's place, grade, price and free/total
    /// seats, from counts the store keeps. Requires an active token.
    public func venueOverview(token: TokenID, date: DateID) async throws(BookingError) -> VenueOverview {
        try await read { tx, state, time in
            _ = try Self.activeToken(token, tx, state, time)
            guard let overview = try tx.venueOverview(of: date, now: time.now) else { throw BookingError.dateNotFound(date) }
            return overview
        }
    }

    /// One section of a performance, row by row, each seat as this buyer sees it. Requires
    /// an active token. With `concert`, a date of another concert is not found.
    public func sectionSeats(token: TokenID, date: DateID, section: SectionID, concert: ConcertID? = nil) async throws(BookingError) -> SectionSeats {
        try await read { tx, state, time in
            let buyer = try Self.activeToken(token, tx, state, time).buyer
            guard let performance = try tx.performance(date), concert == nil || performance.concert == concert else {
                throw BookingError.dateNotFound(date)
            }
            guard let seats = try tx.sectionSeats(of: date, section: section, for: buyer, now: time.now) else {
                throw BookingError.sectionNotFound(section)
            }
            return seats
        }
    }

    /// Best available: holds `count` seats in one transaction, together in one row when any
    /// section has them, else the nearest split (see `BestSeats`). Sections are tried in the
    /// venue's own order, best first, limited to `section` and to `grade` when given.
    /// Requires an active token; the holds count against the hold limit like any other.
    public func holdBest(token: TokenID, date: DateID, count: Int, section: SectionID? = nil, grade: String? = nil) async throws(BookingError) -> [Hold] {
        try await noting(.bestAvailable) { () async throws(BookingError) in
            guard count >= 1 else { throw .invalidRequest(.noSeatsAskedFor) }
            return try await write { tx, state, time in
                let buyer = try Self.activeToken(token, tx, state, time)
                guard count <= state.policy.holdLimit else {
                    throw BookingError.invalidRequest(.tooManySeatsAskedFor(limit: state.policy.holdLimit))
                }
                let holding = try tx.liveHoldCount(buyer: buyer.buyer, now: time.now)
                if holding + count > state.policy.holdLimit { throw BookingError.holdLimitReached(limit: state.policy.holdLimit) }
                guard let overview = try tx.venueOverview(of: date, now: time.now) else { throw BookingError.dateNotFound(date) }
                if overview.date.startsAt.milliseconds <= time.now {
                    throw BookingError.invalidRequest(.performanceStarted)
                }
                let candidates = overview.sections.filter { (section == nil || $0.id == section) && (grade == nil || $0.grade == grade) }
                if let section, candidates.isEmpty, !overview.sections.contains(where: { $0.id == section }) {
                    throw BookingError.sectionNotFound(section)
                }
                let seats = try Self.bestSeats(candidates, count: count, date: date, buyer: buyer.buyer, tx, now: time.now)
                guard let seats else { throw BookingError.notEnoughSeats(wanted: count) }
                let deadline = HoldRule.deadline(heldAt: time.now, shoppingEnds: buyer.expiresAt, policy: state.policy)
                var held: [Hold] = []
                for id in seats {
                    guard let seat = try tx.seat(id) else { throw BookingError.seatNotFound(id) }
                    if let taken = seat.reservation { _ = try tx.cancelHold(taken.id) }
                    let reservation = try tx.insertHold(seat: id, buyer: buyer.buyer, price: seat.price, heldAt: time.now, expiresAt: deadline)
                    held.append(Hold(id: reservation, seat: seat.label, price: seat.price, heldAt: time.moment, expiresAt: Timestamp(milliseconds: deadline)))
                }
                try tx.record(.heldBestAvailable(seats: held.map { EngineEvent.Seat($0.seat) }, concert: overview.concertTitle), time)
                return held
            }
        }
    }

    /// The seats best-available takes: together in the first section that has them, else
    /// the nearest split in the first section with enough free seats; nil when none has.
    private static func bestSeats(
        _ sections: [SectionSummary], count: Int, date: DateID, buyer: String, _ tx: any StoreReading, now: Int64
    ) throws -> [SeatID]? {
        var read: [SectionSeats] = []
        for summary in sections where summary.freeSeats >= count {
            guard let seats = try tx.sectionSeats(of: date, section: summary.id, for: buyer, now: now) else { continue }
            if let together = BestSeats.together(seats, count: count) { return together.map(seats.seatID(at:)) }
            read.append(seats)
        }
        for seats in read {
            if let split = BestSeats.split(seats, count: count) { return split.map(seats.seatID(at:)) }
        }
        return nil
    }
}
