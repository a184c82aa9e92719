import BookingEngine

extension AppState {
    /// An engine call failed: say what happened in the buyer's terms and offer the way on.
    mutating func receiveFailure(_ error: BookingError, from operation: Operation) -> [Effect] {
        inFlight.remove(operation)
        rescheduleAfterFailedRefresh(operation)
        if operation == .loadingInspector { rescheduleInspector() }
        switch error {
        case .tokenExpired, .tokenNotFound:
            tokenExpired = true
            nextRefreshAt = nil
            nextQueueCheckAt = nil
            selection = []
            say(error.message + " Press r to rejoin.", .error)
            return screen.needsShoppingTime ? show(.waitingRoom) : []
        case .tokenNotActive:
            say(error.message, .warning)
            return screen == .waitingRoom ? [] : show(.waitingRoom)
        case .seatUnavailable:
            say(error.message, .error)
            return screen == .seatGrid || screen == .venue ? refreshNow() : []
        case .holdLimitReached:
            say(error.message, .error)
            return launch(.loadBookings(user: user))
        case .notEnoughSeats:
            say(error.message, .warning)
            return refreshNow()
        case .holdExpired:
            say(error.message, .error)
            let effects = launch(.loadBookings(user: user))
            holds.removeAll()
            return effects + show(shoppingScreen)
        case .notEnoughPoints(let current, let needed):
            balance = current
            amountText = String(min(max(1, needed - current), configuration.maxCharge))
            amountCursor = amountText.count
            amountKeyError = nil
            let effects = show(.points)
            returnScreen = .checkout
            say(error.message + " Press Enter to top up.", .error)
            return effects
        case .alreadyPaid, .reservationNotFound, .notYourReservation:
            say(error.message, .warning)
            return launch(.loadBookings(user: user))
        case .concertNotFound, .dateNotFound, .seatNotFound, .sectionNotFound:
            say(error.message, .error)
            selectedDate = nil
            venue = nil
            selectedSection = nil
            section = nil
            selection = []
            return show(.concerts)
        case .invalidAmount, .invalidUserName, .invalidRequest, .invalidCatalog, .storageFailure, .idempotencyKeyReused, .policyConflict,
             .nameTaken, .unauthorized, .buyerNotFound:
            say(error.message, .error)
            return []
        }
    }

    /// A failed background refresh tries again at the usual interval, so one hiccup does
    /// not stop the place in line being kept, or the seat map from updating.
    private mutating func rescheduleAfterFailedRefresh(_ operation: Operation) {
        if operation == .checkingQueue, let queue, !queue.isActive, !tokenExpired {
            nextQueueCheckAt = now + Self.refreshInterval
        }
        let refreshes: [Operation: ScreenID] = [
            .loadingConcerts: .concerts, .loadingVenue: .venue, .loadingSeats: .seatGrid, .loadingBookings: .bookings,
        ]
        if let refreshed = refreshes[operation], screen == refreshed {
            nextRefreshAt = now + Self.refreshInterval(of: refreshed)
        }
    }
}
