import BookingEngine

/// The one place where state changes: applies `action` to `state` and returns the engine
/// calls to make. It never waits and never reads a clock; time arrives as `.clockTicked`.
public func reduce(_ state: inout AppState, _ action: AppAction) -> [Effect] {
    switch action {
    case .input(let event):
        return state.handle(event)
    case .clockTicked(let now):
        return state.tick(now)
    case .tokenIssued(let status):
        return state.receiveQueueStatus(status, from: .joiningLine)
    case .queueChecked(let status):
        return state.receiveQueueStatus(status, from: .checkingQueue)
    case .concertsLoaded(let concerts):
        return state.receiveConcerts(concerts)
    case .seatMapLoaded(let map):
        return state.receiveSeatMap(map)
    case .seatsHeld(let holds):
        return state.receiveHolds(holds)
    case .holdsReleased(let ids):
        return state.receiveRelease(ids)
    case .paymentCompleted(let receipt):
        return state.receivePayment(receipt)
    case .pointsCharged(let amount, let balance):
        return state.receiveCharge(amount: amount, balance: balance)
    case .balanceLoaded(let balance):
        state.inFlight.remove(.loadingBalance)
        state.balance = balance
        return []
    case .bookingsLoaded(let holds, let bookings):
        return state.receiveBookings(holds: holds, bookings: bookings)
    case .inspectorLoaded(let report):
        return state.receiveInspectorReport(report)
    case .jobRan(let job, let affected):
        return state.receiveJobRun(job, affected: affected)
    case .clockAdvanced(let duration, let now):
        return state.receiveClockAdvance(by: duration, now: now)
    case .engineFailed(let operation, let error):
        return state.receiveFailure(error, from: operation)
    case .warningRaised(let text):
        state.say(text, .warning)
        return []
    }
}

extension AppState {
    /// Starts `effect` unless the same kind of call is already in flight.
    mutating func launch(_ effect: Effect) -> [Effect] {
        guard !inFlight.contains(effect.operation) else { return [] }
        inFlight.insert(effect.operation)
        return [effect]
    }

    /// Shows a message in the status line.
    mutating func say(_ text: String, _ kind: StatusMessage.Kind = .info) {
        status = StatusMessage(text, kind: kind)
    }

    /// Routes terminal input: overlays first, then the text field, then the key table.
    mutating func handle(_ event: InputEvent) -> [Effect] {
        switch event {
        case .terminate:
            shouldQuit = true
            return []
        case .resize(let newWidth, let newHeight):
            width = max(0, newWidth)
            height = max(0, newHeight)
            return []
        case .click(let x, let y):
            if overlay != nil {
                overlay = nil
                return []
            }
            return click(x: x, y: y)
        case .key(let key):
            if let overlay { return answerOverlay(overlay, key: key) }
            if screen == .points, let handled = editAmount(key) { return handled }
            guard let command = KeyBindings.command(for: key, on: screen, inspectorOpen: inspector != nil) else {
                if screen == .points, case .character = key { amountKeyError = "Digits only" }
                return []
            }
            return perform(command)
        }
    }

    /// Carries out a command from the key table.
    mutating func perform(_ command: Command) -> [Effect] {
        switch command {
        case .moveUp: return move(rows: -1, columns: 0)
        case .moveDown: return move(rows: 1, columns: 0)
        case .moveLeft: return move(rows: 0, columns: -1)
        case .moveRight: return move(rows: 0, columns: 1)
        case .toggleSeat: return toggleSeat(seatCursor)
        case .holdSelection: return holdSelection()
        case .openCheckout: return openCheckout()
        case .chooseDate: return chooseDate()
        case .pay: return payHolds()
        case .releaseHold: return releaseHighlightedHold()
        case .topUp: return topUp()
        case .rejoinLine: return rejoinLine()
        case .refresh: return tokenExpired ? rejoinLine() : refreshNow()
        case .openPoints: return screen == .points ? [] : show(.points)
        case .openBookings: return screen == .bookings ? [] : show(.bookings)
        case .help:
            overlay = .help
            return []
        case .back: return goBack()
        case .quit: return requestQuit()
        case .toggleInspector: return toggleInspector()
        case .runAdmissionNow: return runJob(.admission)
        case .sweepTokensNow: return runJob(.tokenExpiry)
        case .sweepHoldsNow: return runJob(.holdExpiry)
        case .advanceClockOneMinute: return advanceClock(by: .seconds(60))
        case .advanceClockFiveMinutes: return advanceClock(by: .seconds(300))
        case .chargeTestPoints:
            requestsMade += 1
            return launch(.charge(user: user, amount: InspectorPanel.chargeAmount, attempt: requestsMade))
        }
    }

    /// Any key closes an overlay. Ctrl-C is never swallowed: over help it quits (asking first
    /// when seats are held), and pressed again at the quit question it confirms.
    private mutating func answerOverlay(_ overlay: Overlay, key: Key) -> [Effect] {
        self.overlay = nil
        switch overlay {
        case .help:
            return key == .control("c") ? requestQuit() : []
        case .confirmQuit:
            if key == .character("y") || key == .character("Y") || key == .control("c") {
                shouldQuit = true
            } else {
                say("Not quitting. Your holds are kept.")
            }
            return []
        }
    }

    private mutating func move(rows: Int, columns: Int) -> [Effect] {
        switch screen {
        case .concerts:
            dateCursor = clamp(dateCursor + rows, count: dateChoices.count)
        case .checkout:
            holdCursor = clamp(holdCursor + rows, count: holds.count)
        case .seatGrid:
            moveSeatCursor(rows: rows, columns: columns)
        default:
            break
        }
        return []
    }

    private func clamp(_ index: Int, count: Int) -> Int {
        min(max(0, index), max(0, count - 1))
    }
}
