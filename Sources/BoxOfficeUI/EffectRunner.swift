import BookingEngine

/// Performs effects against the engine and reports each outcome as an action for `reduce`.
///
/// Every engine error becomes `.engineFailed(operation, error)`, so nothing an effect does
/// can crash the client; the loop simply feeds the returned action back into `reduce`.
public struct EffectRunner: Sendable {
    /// The engine the effects run against.
    public let engine: BookingEngine

    public init(engine: BookingEngine) {
        self.engine = engine
    }

    /// Runs `effect` to completion and returns what happened.
    public func run(_ effect: Effect) async -> AppAction {
        do {
            return try await perform(effect)
        } catch {
            return .engineFailed(effect.operation, error)
        }
    }

    private func perform(_ effect: Effect) async throws(BookingError) -> AppAction {
        switch effect {
        case .issueToken(let user):
            return .tokenIssued(try await engine.issueToken(user: user))
        case .checkQueue(let token):
            return .queueChecked(try await engine.queueStatus(token: token))
        case .loadConcerts(let token):
            return .concertsLoaded(try await engine.concerts(token: token))
        case .loadSeatMap(let token, let date):
            return .seatMapLoaded(try await engine.seatMap(token: token, date: date))
        case .hold(let token, let seats):
            return .seatsHeld(try await engine.hold(token: token, seats: seats))
        case .release(let token, let reservations):
            for reservation in reservations {
                try await engine.release(token: token, reservation: reservation)
            }
            return .holdsReleased(reservations)
        case .pay(let token, let reservations):
            return .paymentCompleted(try await engine.pay(token: token, reservations: reservations))
        case .charge(let user, let amount):
            return .pointsCharged(amount: amount, balance: try await engine.charge(user: user, amount: amount))
        case .loadBalance(let user):
            return .balanceLoaded(try await engine.balance(user: user))
        case .loadBookings(let user):
            let holds = try await engine.holds(user: user)
            return .bookingsLoaded(holds: holds, bookings: try await engine.bookings(user: user))
        }
    }
}
