extension BookingEngine {
    /// Concerts that still have performances ahead, each with its upcoming dates and free
    /// seats. Requires an active token.
    public func concerts(token: TokenID) async throws(BookingError) -> [Concert] {
        let now = clock.now()
        return try await perform { try await store.concerts(token: token, now: now) }
    }

    /// Flow 5: the upcoming performances of one concert. Requires an active token.
    public func dates(token: TokenID, concert: ConcertID) async throws(BookingError) -> [ConcertDate] {
        let now = clock.now()
        return try await perform { try await store.dates(token: token, concert: concert, now: now) }
    }

    /// Flow 6: every seat of a performance with its state for this buyer. Requires an active token.
    public func seatMap(token: TokenID, date: DateID) async throws(BookingError) -> SeatMap {
        let now = clock.now()
        return try await perform { try await store.seatMap(token: token, date: date, now: now) }
    }
}
