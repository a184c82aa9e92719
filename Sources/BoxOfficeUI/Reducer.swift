import BookingEngine

/// The one place where state changes: applies `action` to `state` and returns the engine
/// calls to make. It never waits and never reads a clock; time arrives as `.clockTicked`.
///
/// A status-line message belongs to the screen it was said on: when an action moves the
/// buyer to another screen without saying anything new, the old message is dropped.
public func reduce(_ state: inout AppState, _ action: AppAction) -> [Effect] {
    let screenBefore = state.screen
    let messagesBefore = state.messagesSaid
    let effects = state.apply(action)
    if state.screen != screenBefore, state.messagesSaid == messagesBefore { state.clearStatus() }
    return effects
}

extension AppState {
    fileprivate mutating func apply(_ action: AppAction) -> [Effect] {
        switch action {
        case .input(let event):
            return handle(event)
        case .clockTicked(let now):
            return tick(now)
        case .tokenIssued(let status):
            return receiveQueueStatus(status, from: .joiningLine, nextAdmissionAt: nil)
        case .queueChecked(let status, let nextAdmissionAt):
            return receiveQueueStatus(status, from: .checkingQueue, nextAdmissionAt: nextAdmissionAt)
        case .concertsLoaded(let concerts):
            return receiveConcerts(concerts)
        case .venueLoaded(let overview):
            return receiveVenue(overview)
        case .sectionLoaded(let seats):
            return receiveSection(seats)
        case .seatsHeld(let holds):
            return receiveHolds(holds)
        case .holdsReleased(let ids):
            return receiveRelease(ids)
        case .paymentCompleted(let receipt):
            return receivePayment(receipt)
        case .pointsCharged(let amount, let balance):
            return receiveCharge(amount: amount, balance: balance)
        case .balanceLoaded(let balance):
            inFlight.remove(.loadingBalance)
            self.balance = balance
            balanceReadAt = now
            return []
        case .bookingsLoaded(let holds, let bookings):
            return receiveBookings(holds: holds, bookings: bookings)
        case .inspectorLoaded(let report):
            return receiveInspectorReport(report)
        case .jobRan(let job, let affected):
            return receiveJobRun(job, affected: affected)
        case .clockAdvanced(let duration, let now):
            return receiveClockAdvance(by: duration, now: now)
        case .engineFailed(let operation, let error):
            return receiveFailure(error, from: operation)
        case .noticed(let notice):
            return receiveNotice(notice)
        }
    }

    /// Starts `effect` unless the same kind of call is already in flight.
    mutating func launch(_ effect: Effect) -> [Effect] {
        guard !inFlight.contains(effect.operation) else { return [] }
        inFlight.insert(effect.operation)
        return [effect]
    }

    /// Shows a message in the status line for a few seconds (see `StatusMessage.Kind.lifetime`).
    mutating func say(_ text: String, _ kind: StatusMessage.Kind = .info) {
        status = StatusMessage(text, kind: kind)
        statusShownUntil = now + kind.lifetime
        messagesSaid += 1
    }

    /// Shows the message `key` in the buyer's language (see `say(_:_:)`).
    mutating func say(_ key: MessageKey, _ arguments: any CustomStringConvertible..., kind: StatusMessage.Kind = .info) {
        say(Language.fill(language.template(key), with: arguments.map(\.description)), kind)
    }

    /// Empties the status line.
    mutating func clearStatus() {
        status = nil
        statusShownUntil = nil
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
        case .scroll(let lines):
            if overlay == .help {
                scrollHelp(by: lines)
                return []
            }
            return overlay == nil ? move(rows: lines, columns: 0) : []
        case .key(let key):
            if let overlay { return answerOverlay(overlay, key: key) }
            if screen == .points, let handled = editAmount(key) { return handled }
            guard let command = KeyBindings.command(for: key, on: screen, inspectorOpen: inspector != nil, qaControls: qaControls) else {
                if screen == .points, case .character = key { amountKeyError = text(MessageKey.digitsOnly) }
                if inspector != nil, !qaControls, KeyBindings.isQAKey(key) {
                    say(.qaKeysNeedQADatabase, kind: .warning)
                }
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
        case .moveToTop: return moveToEnd(last: false)
        case .moveToBottom: return moveToEnd(last: true)
        case .pageUp: return move(rows: -pageRows, columns: 0)
        case .pageDown: return move(rows: pageRows, columns: 0)
        case .toggleSeat: return toggleSeat(seatCursor)
        case .holdSelection: return holdSelection()
        case .openCheckout: return openCheckout()
        case .openSection: return openSection()
        case .bestAvailable: return askBestAvailable()
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
            helpScroll = 0
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

    /// Help scrolls with the movement keys; `Q` and Ctrl-C quit from over it (asking first when
    /// seats are held); any other key closes it. At the quit question, `y` or a second Ctrl-C
    /// confirms and anything else keeps the buyer in.
    private mutating func answerOverlay(_ overlay: Overlay, key: Key) -> [Effect] {
        switch overlay {
        case .help:
            if KeyBindings.command(for: key, on: screen) == .quit {
                self.overlay = nil
                return requestQuit()
            }
            if let movement = KeyBindings.movement(for: key) {
                scrollHelp(by: helpScrollStep(for: movement))
                return []
            }
            self.overlay = nil
            return []
        case .bestAvailable:
            return answerBestAvailable(key)
        case .confirmQuit:
            self.overlay = nil
            if key == .character("y") || key == .character("Y") || key == .control("c") {
                shouldQuit = true
            } else {
                say(.notQuitting)
            }
            return []
        }
    }
}
