import BookingEngine

extension AppState {
    /// Time passed: expire what lapsed and run the refresh that is due.
    mutating func tick(_ moment: Timestamp) -> [Effect] {
        now = max(now, moment)
        var effects = expireLapsedHolds()
        if let queue, queue.isActive, !tokenExpired, now >= queue.expiresAt {
            tokenExpired = true
            say("Your shopping time is over. Press r to join the line again.", .error)
        }
        if let due = nextRefreshAt, now >= due {
            nextRefreshAt = nil
            effects += refreshNow()
        }
        return effects + refreshInspectorIfDue()
    }

    /// The earliest moment the loop must wake up: the next refresh, or the next time a
    /// countdown on screen changes its text. Nil when nothing is scheduled.
    public var nextWakeUp: Timestamp? {
        var moments: [Timestamp] = []
        if let nextRefreshAt {
            moments.append(nextRefreshAt)
            if screen == .waitingRoom, let tick = nextSecondChange(of: nextRefreshAt) { moments.append(tick) }
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

    /// A token was issued or polled.
    mutating func receiveQueueStatus(_ status: QueueStatus, from operation: Operation) -> [Effect] {
        inFlight.remove(operation)
        queue = status
        tokenExpired = false
        switch status.phase {
        case .waiting(let position, _):
            if firstPosition.map({ position > $0 }) ?? true { firstPosition = position }
            if operation == .joiningLine {
                screen = .waitingRoom
                say("You joined the line. This screen moves on by itself when it is your turn.")
            }
            scheduleRefresh(of: .waitingRoom, readAt: status.checkedAt)
            return []
        case .active:
            lastRefreshedAt = status.checkedAt
            guard screen == .waitingRoom else { return [] }
            say("You're in! Pick a concert date. Your shopping time ends in "
                + Formatting.countdown(until: status.expiresAt, now: max(now, status.checkedAt)) + ".", .success)
            return show(.concerts)
        }
    }

    /// Drops holds past their deadline; a buyer at checkout with nothing left goes back to the seats.
    private mutating func expireLapsedHolds() -> [Effect] {
        let lapsed = holds.filter { $0.expiresAt <= now }
        guard !lapsed.isEmpty else { return [] }
        holds.removeAll { $0.expiresAt <= now }
        holdCursor = min(holdCursor, max(0, holds.count - 1))
        let seats = lapsed.map { String($0.seat.seatNumber) }.joined(separator: ", ")
        say("Your hold expired and the seat\(lapsed.count == 1 ? "" : "s") \(seats) went back on sale.", .warning)
        if screen == .checkout, holds.isEmpty {
            return show(seatMap == nil ? .concerts : .seatGrid)
        }
        return screen == .seatGrid ? refreshNow() : []
    }
}
