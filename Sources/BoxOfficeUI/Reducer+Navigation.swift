import BookingEngine

extension AppState {
    /// Switches to `target` and starts reading its data. Points and bookings remember the
    /// screen they were opened from, so `q` returns there.
    mutating func show(_ target: ScreenID) -> [Effect] {
        let opensFromAnywhere: Set<ScreenID> = [.points, .bookings]
        if opensFromAnywhere.contains(target) {
            if !opensFromAnywhere.contains(screen) { returnScreen = screen }
        } else {
            returnScreen = nil
        }
        if target != .points { amountKeyError = nil }
        if target == .bookings { bookingsScroll = 0 }
        screen = target
        overlay = nil
        nextRefreshAt = nil
        return refreshNow()
    }

    /// Reads the current screen's data now. Scheduled refreshes come back through here.
    mutating func refreshNow() -> [Effect] {
        screenRefresh() + balanceRefresh()
    }

    /// The header's balance, read again on the shopping screens when it is over 10 s old.
    private mutating func balanceRefresh() -> [Effect] {
        guard [.concerts, .venue, .seatGrid, .bookings].contains(screen), !inFlight.contains(.loadingBalance) else { return [] }
        if let balanceReadAt, now.milliseconds - balanceReadAt.milliseconds < 10_000 { return [] }
        return launch(.loadBalance(user: user))
    }

    /// What the screen on show reads to be current.
    private mutating func screenRefresh() -> [Effect] {
        switch screen {
        case .waitingRoom:
            return checkQueue()
        case .concerts:
            guard let token = activeToken else { return [] }
            return launch(.loadConcerts(token))
        case .venue:
            guard let token = activeToken, let selectedDate else { return [] }
            return launch(.loadVenue(token, selectedDate))
        case .seatGrid:
            guard let token = activeToken, let selectedDate, let selectedSection else { return [] }
            return launch(.loadSection(token, selectedDate, selectedSection))
        case .checkout, .points:
            return launch(.loadBalance(user: user))
        case .bookings:
            return launch(.loadBookings(user: user))
        case .receipt:
            return []
        }
    }

    /// Plans the next automatic refresh of `refreshed` if it is still on screen.
    mutating func scheduleRefresh(of refreshed: ScreenID, readAt: Timestamp) {
        lastRefreshedAt = readAt
        guard screen == refreshed else { return }
        nextRefreshAt = max(now, readAt) + Self.refreshInterval(of: refreshed)
    }

    /// `q`/Esc: one step back, or (`q` only) the quit question from a first screen. Back from
    /// the receipt, and from points or bookings to a shopping screen once shopping time is
    /// over, is the waiting room, which offers to join the line again.
    mutating func goBack() -> [Effect] {
        switch screen {
        case .waitingRoom, .concerts:
            return requestQuit()
        case .venue:
            return show(.concerts)
        case .seatGrid:
            return show(.venue)
        case .checkout:
            return show(shoppingScreen)
        case .receipt:
            return show(activeToken == nil ? .waitingRoom : .concerts)
        case .points, .bookings:
            let target = returnScreen ?? (activeToken == nil ? .waitingRoom : .concerts)
            return show(target.needsShoppingTime && activeToken == nil ? .waitingRoom : target)
        }
    }

    /// Quits at once, or asks first when seats are held (default No).
    mutating func requestQuit() -> [Effect] {
        if holds.isEmpty {
            shouldQuit = true
        } else {
            overlay = .confirmQuit
        }
        return []
    }

    /// Joins the line again after the token ran out or was spent on a payment.
    mutating func rejoinLine() -> [Effect] {
        tokenExpired = false
        queue = nil
        firstPosition = nil
        shownWait = nil
        nextQueueCheckAt = nil
        screen = .waitingRoom
        returnScreen = nil
        nextRefreshAt = nil
        say(.joiningLine)
        return launch(.issueToken(user: user))
    }

    /// Where shopping goes on: the section last open, else the venue, else the concerts.
    var shoppingScreen: ScreenID {
        section != nil ? .seatGrid : venue != nil ? .venue : .concerts
    }

    /// The checkout screen, when there is something to pay for.
    mutating func openCheckout() -> [Effect] {
        guard !holds.isEmpty else {
            say(.noHoldsYet, kind: .warning)
            return []
        }
        holdCursor = min(holdCursor, holds.count - 1)
        return show(.checkout)
    }
}
