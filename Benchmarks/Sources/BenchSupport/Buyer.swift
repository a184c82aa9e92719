import BookingEngine

/// What an admitted buyer does, reading as the terminal client reads: tops up, opens the
/// first upcoming date with free seats (its venue overview), one of its sections with free
/// seats and then that section's seats, holds one free seat, and pays for it (which ends
/// their shopping time and frees their place).
public enum Buyer {
    /// Buys one seat with `token`, an admitted token of `user`; `pick` chooses the section
    /// and the seat. Returns false when no date had a free seat.
    @discardableResult
    public static func buyOneSeat(_ engine: BookingEngine, user: String, token: TokenID, pick: Int) async throws -> Bool {
        _ = try await engine.charge(user: user, amount: 1_000_000, key: .random())
        for concert in try await engine.concerts(token: token) {
            for date in concert.dates where date.freeSeats > 0 {
                let open = try await engine.venueOverview(token: token, date: date.id).sections.filter { $0.freeSeats > 0 }
                guard !open.isEmpty else { continue }
                let section = try await engine.sectionSeats(token: token, date: date.id, section: open[pick % open.count].id)
                let free = section.states.indices.filter { section.states[$0] == .free }
                if !free.isEmpty, try await holdAndPay(engine, token: token, seat: section.seatID(at: free[pick % free.count])) {
                    return true
                }
            }
        }
        return false
    }

    /// Holds `seat` and pays for it; false when someone took the seat first.
    private static func holdAndPay(_ engine: BookingEngine, token: TokenID, seat: SeatID) async throws -> Bool {
        let holds: [Hold]
        do {
            holds = try await engine.hold(token: token, seats: [seat])
        } catch {
            if case .seatUnavailable = error { return false }
            throw error
        }
        _ = try await engine.pay(token: token, reservations: holds.map(\.id), key: .random())
        return true
    }
}
