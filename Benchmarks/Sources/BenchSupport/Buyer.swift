import BookingEngine

/// What an admitted buyer does: tops up, holds one free seat of the first upcoming date
/// with one, and pays for it (which ends their shopping time and frees their place).
public enum Buyer {
    /// Buys one seat with `token`, an admitted token of `user`. Returns false when no date
    /// had a free seat.
    @discardableResult
    public static func buyOneSeat(_ engine: BookingEngine, user: String, token: TokenID, pick: Int) async throws -> Bool {
        _ = try await engine.charge(user: user, amount: 1_000_000, key: .random())
        for concert in try await engine.concerts(token: token) {
            for date in concert.dates where date.freeSeats > 0 {
                let free = try await engine.seatMap(token: token, date: date.id).seats.filter { $0.state == .free }
                if !free.isEmpty, try await holdAndPay(engine, token: token, seat: free[pick % free.count].id) { return true }
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
