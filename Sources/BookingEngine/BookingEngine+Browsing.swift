extension BookingEngine {
    /// Concerts that still have performances ahead, each with its upcoming dates and free
    /// seats. Requires an active token.
    public func concerts(token: TokenID) async throws(BookingError) -> [Concert] {
        try await read { tx, state, time in
            _ = try Self.activeToken(token, tx, state, time)
            var concerts: [Concert] = []
            for (concert, date) in try tx.upcomingDates(concert: nil, now: time.now) {
                if let last = concerts.last, last.id == concert.id {
                    concerts[concerts.count - 1] = Concert(id: last.id, title: last.title, venue: last.venue, dates: last.dates + [date])
                } else {
                    concerts.append(Concert(id: concert.id, title: concert.title, venue: concert.venue, dates: [date]))
                }
            }
            return concerts
        }
    }

    /// Flow 5: the upcoming performances of one concert. Requires an active token.
    public func dates(token: TokenID, concert: ConcertID) async throws(BookingError) -> [ConcertDate] {
        try await read { tx, state, time in
            _ = try Self.activeToken(token, tx, state, time)
            guard try tx.concertExists(concert) else { throw BookingError.concertNotFound(concert) }
            return try tx.upcomingDates(concert: concert, now: time.now).map(\.date)
        }
    }

    /// Flow 6: every seat of a performance with its state for this buyer. Requires an active token.
    public func seatMap(token: TokenID, date: DateID) async throws(BookingError) -> SeatMap {
        try await read { tx, state, time in
            let buyer = try Self.activeToken(token, tx, state, time).buyer
            guard let performance = try tx.performance(date) else { throw BookingError.dateNotFound(date) }
            let seats = try tx.seats(of: date, for: buyer, now: time.now)
            let grades = Dictionary(seats.map { ($0.grade, $0.price) }, uniquingKeysWith: max)
                .map { SeatGrade(name: $0.key, price: $0.value) }
                .sorted { ($0.price, $1.name) > ($1.price, $0.name) }
            let free = seats.filter { $0.state == .free }.count
            let concertDate = ConcertDate(
                id: date, concertID: performance.concert, startsAt: Timestamp(milliseconds: performance.startsAt),
                seatCount: seats.count, freeSeats: free, timeZone: performance.timeZone)
            return SeatMap(
                concert: performance.concert, concertTitle: performance.title, venue: performance.venue, date: concertDate,
                seats: seats, grades: grades, checkedAt: time.moment)
        }
    }
}
