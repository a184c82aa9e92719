import BookingEngine

extension Buyer {
    /// Asks for a place in line; admitted buyers start browsing, the others start polling.
    mutating func arrive(_ turn: inout JourneyTurn) async {
        if isReturning {
            isReturning = false
            turn.emit(.rejoined)
        }
        seatMisses = 0
        do {
            let status = try await turn.call { [name] engine throws(BookingError) in try await engine.issueToken(user: name) }
            turn.emit(.joined(position: status.position))
            if let position = status.position {
                let patience = Double(random.int(in: turn.configuration.patience))
                let giveUpAt = turn.now + turn.configuration.scaled(seconds: patience)
                waitInLine(token: status.token, position: position, giveUpAt: giveUpAt, &turn)
            } else {
                turn.emit(.admitted)
                next(.browsing(token: status.token), thinking: turn.configuration.browseSeconds, from: turn.now, turn.configuration)
            }
        } catch {
            recover(from: error, retrying: .arriving, &turn)
        }
    }

    /// Asks for the position; at the end of their patience the buyer stops asking instead
    /// and walks away, leaving the waiting token to lapse.
    mutating func poll(token: TokenID, position: Int, giveUpAt: Timestamp, _ turn: inout JourneyTurn) async {
        if turn.now >= giveUpAt {
            turn.emit(.gaveUp(position: position))
            leave()
            return
        }
        do {
            let status = try await turn.call { engine throws(BookingError) in try await engine.queueStatus(token: token) }
            if let position = status.position {
                waitInLine(token: token, position: position, giveUpAt: giveUpAt, &turn)
            } else {
                turn.emit(.admitted)
                next(.browsing(token: token), thinking: turn.configuration.browseSeconds, from: turn.now, turn.configuration)
            }
        } catch {
            recover(from: error, retrying: stage, &turn)
        }
    }

    /// Schedules the next poll about one poll interval away, and always well within the
    /// waiting token's lifetime so that a patient buyer keeps their place.
    private mutating func waitInLine(token: TokenID, position: Int, giveUpAt: Timestamp, _ turn: inout JourneyTurn) {
        let configuration = turn.configuration
        let interval = Double(configuration.scaled(configuration.pollInterval).wholeMilliseconds)
        let jittered = interval * Double.random(in: 0.8...1.2, using: &random)
        let ceiling = Double(turn.engine.configuration.waitingTokenLifetime.wholeMilliseconds) / 3
        stage = .waiting(token: token, position: position, giveUpAt: giveUpAt)
        nextActionAt = turn.now + .milliseconds(Int64(min(jittered, ceiling).rounded()))
    }
}
