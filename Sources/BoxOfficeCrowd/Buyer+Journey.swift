import BookingEngine

extension Buyer {
    /// Performs the buyer's next action against the engine and moves them on.
    /// Returns what happened and how many engine calls it took.
    mutating func act(engine: BookingEngine, configuration: CrowdConfiguration) async -> JourneyTurn {
        var turn = JourneyTurn(engine: engine, configuration: configuration, buyer: name)
        switch stage {
        case .arriving:
            await arrive(&turn)
        case .waiting(let token, let position, let giveUpAt):
            await poll(token: token, position: position, giveUpAt: giveUpAt, &turn)
        case .browsing(let token):
            await browse(token: token, &turn)
        case .pickingSeats(let token, let date):
            await pickSeats(token: token, date: date, &turn)
        case .holding(let token, let date, let seats):
            await hold(token: token, date: date, seats: seats, &turn)
        case .checkingOut(let token, let holds):
            await checkOut(token: token, holds: holds, &turn)
        case .toppingUp(let token, let holds, let amount):
            await topUp(token: token, holds: holds, amount: amount, &turn)
        case .paying(let token, let holds):
            await pay(token: token, holds: holds, &turn)
        case .releasing(let token, let holds):
            await release(token: token, holds: holds, &turn)
        case .done:
            break
        }
        if !turn.hasFailed { storageRetries = 0 }
        return turn
    }

    /// What a buyer does after a failure that the current step has no special answer
    /// for: rejoin after losing the token (maybe), retry when the database was busy,
    /// otherwise leave.
    mutating func recover(from error: BookingError, retrying current: BuyerStage, _ turn: inout JourneyTurn) {
        switch error {
        case .tokenExpired, .tokenNotFound:
            if returns < 2, random.chance(0.5) {
                returns += 1
                isReturning = true
                next(.arriving, thinking: 10...60, from: turn.now, turn.configuration)
            } else {
                leave()
            }
        case .tokenNotActive:
            next(.arriving, thinking: 1...5, from: turn.now, turn.configuration)
        case .storageFailure where storageRetries < 5:
            storageRetries += 1
            next(current, thinking: 1...3, from: turn.now, turn.configuration)
        default:
            leave()
        }
    }
}
