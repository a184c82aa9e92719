import BookingEngine

extension AppState {
    /// The client told something besides an answer. A lost connection stays in the status
    /// line until calls get through again (they are retried meanwhile, so nothing is lost);
    /// a change made by others reloads what the screen shows, or checks the place in line.
    mutating func receiveNotice(_ notice: ClientNotice) -> [Effect] {
        switch notice {
        case .connectionLost(let reason):
            connectionProblem = text(MessageKey.connectionLost, text(reason.words))
            return []
        case .connectionRestored:
            guard connectionProblem != nil else { return [] }
            connectionProblem = nil
            say(.connectedAgain, kind: .success)
            return []
        case .changed:
            if let queue, !queue.isActive, !tokenExpired { return checkQueue() }
            switch screen {
            case .venue, .seatGrid, .concerts, .bookings: return refreshNow()
            default: return []
            }
        }
    }
}
