import BookingEngine

extension AppState {
    /// An engine call failed: say what happened in the buyer's terms and offer the way on.
    mutating func receiveFailure(_ error: BookingError, from operation: Operation) -> [Effect] {
        inFlight.remove(operation)
        let message = switch error {
        case InspectorPanel.notQAMode: text(MessageKey.notQAMode)
        case InspectorPanel.notLocal: text(MessageKey.inspectorNeedsLocalDatabase)
        default: language.message(for: error)
        }
        rescheduleAfterFailedRefresh(operation)
        if operation == .loadingInspector { rescheduleInspector() }
        switch error {
        case .tokenExpired, .tokenNotFound:
            tokenExpired = true
            nextRefreshAt = nil
            nextQueueCheckAt = nil
            selection = []
            say(.errorPressRToRejoin, message, kind: .error)
            return screen.needsShoppingTime ? show(.waitingRoom) : []
        case .tokenNotActive:
            say(message, .warning)
            return screen == .waitingRoom ? [] : show(.waitingRoom)
        case .seatUnavailable:
            say(message, .error)
            return screen == .seatGrid || screen == .venue ? refreshNow() : []
        case .holdLimitReached:
            say(message, .error)
            return launch(.loadBookings(user: user))
        case .notEnoughSeats:
            say(message, .warning)
            return refreshNow()
        case .holdExpired:
            say(message, .error)
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
            say(.errorPressEnterToTopUp, message, kind: .error)
            return effects
        case .alreadyPaid, .reservationNotFound, .notYourReservation:
            say(message, .warning)
            return launch(.loadBookings(user: user))
        case .concertNotFound, .dateNotFound, .seatNotFound, .sectionNotFound:
            say(message, .error)
            selectedDate = nil
            venue = nil
            selectedSection = nil
            section = nil
            selection = []
            return show(.concerts)
        case .invalidAmount, .invalidUserName, .invalidRequest, .invalidCatalog, .storageFailure, .idempotencyKeyReused, .policyConflict,
             .nameTaken, .unauthorized, .buyerNotFound:
            say(message, .error)
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
