import BookingEngine

extension AppState {
    /// The selected seats are held: show them at checkout with their countdown.
    mutating func receiveHolds(_ newHolds: [Hold]) -> [Effect] {
        inFlight.remove(.holding)
        let newIDs = Set(newHolds.map(\.id))
        holds = holds.filter { !newIDs.contains($0.id) } + newHolds
        holds.sort { $0.expiresAt < $1.expiresAt }
        selection = []
        let deadline = newHolds.map(\.expiresAt).min() ?? now
        say(.heldPlaces, VenueText.places(newHolds.map(\.seat), language), Formatting.countdown(until: deadline, now: now), kind: .success)
        holdCursor = 0
        return show(.checkout)
    }

    /// Enter at checkout: pay for every hold at once.
    mutating func payHolds() -> [Effect] {
        guard !holds.isEmpty else {
            say(.nothingToPay, kind: .warning)
            return []
        }
        guard let token = activeToken else { return tokenUnusable() }
        requestsMade += 1
        return launch(.pay(token, holds.map(\.id), attempt: requestsMade))
    }

    /// `x` at checkout: give up the highlighted hold.
    mutating func releaseHighlightedHold() -> [Effect] {
        guard holds.indices.contains(holdCursor) else { return [] }
        guard let token = activeToken else { return tokenUnusable() }
        return launch(.release(token, [holds[holdCursor].id]))
    }

    /// Holds were released; with none left the buyer goes back to the seats.
    mutating func receiveRelease(_ ids: [ReservationID]) -> [Effect] {
        inFlight.remove(.releasing)
        let released = holds.filter { ids.contains($0.id) }
        holds.removeAll { ids.contains($0.id) }
        holdCursor = min(holdCursor, max(0, holds.count - 1))
        say(.releasedPlaces, VenueText.places(released.map(\.seat), language))
        if screen == .checkout, holds.isEmpty {
            return show(shoppingScreen)
        }
        return []
    }

    /// The payment went through: show the receipt. With no holds left the engine has
    /// spent the token, so buying more means joining the line again.
    mutating func receivePayment(_ paid: Receipt) -> [Effect] {
        inFlight.remove(.paying)
        receipt = paid
        balance = paid.balanceAfter
        let paidIDs = Set(paid.bookings.map(\.id))
        holds.removeAll { paidIDs.contains($0.id) }
        bookings = paid.bookings + bookings.filter { !paidIDs.contains($0.id) }
        if holds.isEmpty { tokenExpired = true }
        say(paid.wasAlreadyPaid ? .alreadyPaidNothingCharged : .paymentComplete, kind: .success)
        screen = .receipt
        returnScreen = nil
        nextRefreshAt = nil
        return []
    }

    /// Live holds and bookings were read (bookings screen, start-up, or after a change).
    mutating func receiveBookings(holds liveHolds: [Hold], bookings confirmed: [Booking]) -> [Effect] {
        inFlight.remove(.loadingBookings)
        holds = liveHolds.filter { $0.expiresAt > now }.sorted { $0.expiresAt < $1.expiresAt }
        holdCursor = min(holdCursor, max(0, holds.count - 1))
        bookings = confirmed
        scheduleRefresh(of: .bookings, readAt: now)
        return []
    }
}
