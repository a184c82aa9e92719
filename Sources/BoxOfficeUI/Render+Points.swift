import BookingEngine

/// Balance and the top-up form; the field's verdict sits right next to it as you type.
func renderPoints(_ state: AppState, into screen: inout Screen, area: Area) {
    let width = min(area.width - 4, 76)
    let x = area.x + (area.width - width) / 2
    var y = area.y + 2
    let balance = state.balance.map { state.pointsText($0) } ?? state.text(ScreenKey.readingBalance)
    screen.putTable([(state.text(ScreenKey.labelYourBalance), balance, .emphasis)], x: x, y: y, labelColumns: 16, width: width)
    y += 2
    screen.put(TerminalColumns.pad(state.text(ScreenKey.labelTopUp), to: 16), x: x, y: y, role: .dim)
    let fieldColumns = AppState.amountFieldDigits + 2
    let fieldX = x + 16
    screen.put("[" + String(repeating: "_", count: fieldColumns) + "]", x: fieldX, y: y, role: .border)
    let shown = AmountFieldText(digits: state.amountText, cursor: state.amountCursor)
    let textX = fieldX + 1 + fieldColumns - TerminalColumns.width(of: shown.text)
    screen.put(shown.text, x: textX, y: y, role: .emphasis)
    screen.cursor = (textX + shown.cursorColumn, y)
    screen.put(state.text(ScreenKey.pointsUnit), x: fieldX + fieldColumns + 3, y: y, role: .dim)
    let verdictX = fieldX + fieldColumns + 7
    let verdictColumns = x + width - verdictX
    if let keyError = state.amountKeyError {
        screen.putFitting("✗ " + keyError, x: verdictX, y: y, columns: verdictColumns, role: .error)
    } else {
        switch state.amountValidation {
        case .empty:
            screen.putFitting(state.text(ScreenKey.typeDigits), x: verdictX, y: y, columns: verdictColumns, role: .dim)
        case .invalid(let reason):
            screen.putFitting("✗ " + reason, x: verdictX, y: y, columns: verdictColumns, role: .error)
        case .valid:
            screen.putFitting(state.text(ScreenKey.enterToTopUp), x: verdictX, y: y, columns: verdictColumns, role: .success)
        }
    }
    y += 2
    if case .valid(let amount) = state.amountValidation, let current = state.balance {
        screen.putTable([(state.text(ScreenKey.labelAfterTopUp), state.pointsText(current + amount), .normal)],
                        x: x, y: y, labelColumns: 16, width: width)
    }
    y += 2
    let limits = state.text(ScreenKey.topUpLimits, Formatting.points(state.configuration.maxCharge),
                            Formatting.points(state.configuration.balanceCeiling))
    screen.putFitting(limits, x: x, y: y, columns: width, role: .dim)
    if state.returnScreen == .checkout, !state.holds.isEmpty {
        let text = state.text(ScreenKey.seatsStayHeld, Formatting.points(state.holdsTotal),
                              Formatting.countdown(until: state.holds.map(\.expiresAt).min() ?? state.now, now: state.now))
        screen.putFitting(text, x: x, y: y + 1, columns: width, role: .warning)
    }
}
