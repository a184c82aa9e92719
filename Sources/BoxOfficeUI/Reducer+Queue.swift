import BookingEngine

extension AppState {
    /// Time passed: expire what lapsed, check the place in line and run the refresh that are due.
    mutating func tick(_ moment: Timestamp) -> [Effect] {
        now = max(now, moment)
        var effects = expireLapsedHolds()
        if let until = statusShownUntil, now >= until { clearStatus() }
        if let queue, queue.isActive, !tokenExpired, now >= queue.expiresAt {
            effects += shoppingTimeEnded()
        }
        if let due = nextQueueCheckAt, now >= due {
            nextQueueCheckAt = nil
            effects += checkQueue()
        }
        if let due = nextRefreshAt, now >= due {
            nextRefreshAt = nil
            effects += refreshNow()
        }
        return effects + refreshInspectorIfDue()
    }

    /// The earliest moment the loop must wake up: the next check or refresh, the next time a
    /// countdown on screen changes its text, or the status line's message going. Nil when
    /// nothing is scheduled.
    public var nextWakeUp: Timestamp? {
        var moments = [nextRefreshAt, nextQueueCheckAt, statusShownUntil].compactMap { $0 }
        if screen == .waitingRoom, let nextQueueCheckAt, let tick = nextSecondChange(of: nextQueueCheckAt) {
            moments.append(tick)
        }
        if let queue, queue.isActive, !tokenExpired, let tick = nextSecondChange(of: queue.expiresAt) {
            moments.append(tick)
        }
        if let soonest = holds.map(\.expiresAt).min(), let tick = nextSecondChange(of: soonest) {
            moments.append(tick)
        }
        return (moments + inspectorWakeUps).min()
    }

    /// When the whole-second countdown to `deadline` next changes its text.
    func nextSecondChange(of deadline: Timestamp) -> Timestamp? {
        let remaining = deadline.milliseconds - now.milliseconds
        guard remaining > 0 else { return nil }
        return Timestamp(milliseconds: now.milliseconds + (remaining - 1) % 1000 + 1)
    }

    /// Checks the token's place now, which also keeps a waiting token alive.
    mutating func checkQueue() -> [Effect] {
        guard let queue, !tokenExpired else { return [] }
        return launch(.checkQueue(queue.token))
    }

    /// A token was issued or polled. While waiting, the next check is planned whatever the
    /// screen; once admitted, the buyer is told at once, and moved on from the waiting room.
    mutating func receiveQueueStatus(_ status: QueueStatus, from operation: Operation, nextAdmissionAt: Timestamp?) -> [Effect] {
        inFlight.remove(operation)
        let wasWaiting = queue.map { !$0.isActive } ?? false
        queue = status
        tokenExpired = false
        lastRefreshedAt = status.checkedAt
        switch status.phase {
        case .waiting(let position, let estimate):
            if firstPosition.map({ position > $0 }) ?? true { firstPosition = position }
            shownWait = WaitSmoothing.next(shown: shownWait, estimate: estimate, now: max(now, status.checkedAt),
                                           nextAdmissionAt: nextAdmissionAt)
            nextQueueCheckAt = max(now, status.checkedAt) + Self.refreshInterval
            guard operation == .joiningLine else { return [] }
            screen = .waitingRoom
            say(.joinedLine)
            return []
        case .active:
            nextQueueCheckAt = nil
            shownWait = nil
            let left = Formatting.countdown(until: status.expiresAt, now: max(now, status.checkedAt))
            if screen == .waitingRoom {
                say(.admittedPickDate, left, kind: .success)
                return show(.concerts)
            }
            guard wasWaiting else { return [] }
            if returnScreen == .waitingRoom { returnScreen = .concerts }
            say(.admittedElsewhere, left, kind: .success)
            return []
        }
    }

    /// Shopping time ran out: nothing on the shopping screens works any more, so the buyer is
    /// taken to the waiting room, which says so and offers to join the line again.
    private mutating func shoppingTimeEnded() -> [Effect] {
        tokenExpired = true
        selection = []
        var effects: [Effect] = []
        if screen.needsShoppingTime {
            effects = show(.waitingRoom)
        } else if returnScreen?.needsShoppingTime == true {
            returnScreen = .waitingRoom
        }
        say(.shoppingTimeOver, kind: .error)
        return effects
    }

    /// Drops holds past their deadline; a buyer at checkout with nothing left goes back to the seats.
    private mutating func expireLapsedHolds() -> [Effect] {
        let lapsed = holds.filter { $0.expiresAt <= now }
        guard !lapsed.isEmpty else { return [] }
        holds.removeAll { $0.expiresAt <= now }
        holdCursor = min(holdCursor, max(0, holds.count - 1))
        say(.holdsLapsed, VenueText.places(lapsed.map(\.seat), language), kind: .warning)
        if screen == .checkout, holds.isEmpty {
            return show(shoppingScreen)
        }
        return screen == .seatGrid || screen == .venue ? refreshNow() : []
    }
}
