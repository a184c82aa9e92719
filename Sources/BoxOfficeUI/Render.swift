import BookingEngine

/// Draws `state` on a `width`×`height` grid. Pure: reads no clock, environment or engine.
///
/// Layout: a header (buyer, balance, token, holds), a title rule, the screen's body, a
/// status line and a footer of key hints. Overlays (help, quit question) draw on top.
/// Below `AppState.minimumWidth`×`AppState.minimumHeight` only a resize message is shown.
public func render(_ state: AppState, width: Int, height: Int) -> Screen {
    var screen = Screen(width: width, height: height)
    guard width >= AppState.minimumWidth, height >= AppState.minimumHeight else {
        renderTooSmall(state, into: &screen)
        return screen
    }
    renderHeader(state, into: &screen)
    renderTitle(state, into: &screen)
    let body = Area(x: 0, y: 2, width: state.mainWidth(forTerminalWidth: width), height: height - 4)
    switch state.screen {
    case .waitingRoom: renderWaitingRoom(state, into: &screen, area: body)
    case .concerts: renderConcerts(state, into: &screen, area: body)
    case .venue: renderVenue(state, into: &screen, area: body)
    case .seatGrid: renderSeatGrid(state, into: &screen, area: body)
    case .checkout: renderCheckout(state, into: &screen, area: body)
    case .receipt: renderReceipt(state, into: &screen, area: body)
    case .points: renderPoints(state, into: &screen, area: body)
    case .bookings: renderBookings(state, into: &screen, area: body)
    }
    renderStatus(state, into: &screen)
    renderFooter(state, into: &screen)
    if state.inspector != nil {
        let side = width - body.width
        renderInspector(state, into: &screen, area: side > 0 ? Area(x: body.right, y: body.y, width: side, height: body.height) : body)
    }
    switch state.overlay {
    case .help: renderHelp(state, into: &screen)
    case .confirmQuit: renderQuitQuestion(state, into: &screen)
    case .bestAvailable: renderBestAvailableQuestion(state, into: &screen, area: body)
    case nil: break
    }
    return screen
}

private func renderTooSmall(_ state: AppState, into screen: inout Screen) {
    let needed = state.text(ScreenKey.tooSmallNeeded, AppState.minimumWidth, AppState.minimumHeight)
    let current = state.text(ScreenKey.tooSmallNow, screen.width, screen.height)
    let all = Area(x: 0, y: 0, width: screen.width, height: screen.height)
    let middle = max(0, screen.height / 2 - 1)
    if TerminalColumns.width(of: needed + "; " + current) <= screen.width {
        screen.putCentered(needed + "; " + current, in: all, y: middle, role: .warning)
    } else {
        screen.putCentered(needed, in: all, y: middle, role: .warning)
        screen.putCentered(current, in: all, y: middle + 1, role: .warning)
    }
}

private func renderHeader(_ state: AppState, into screen: inout Screen) {
    screen.fillRow(0, role: .header)
    let left = screen.put(" boxoffice", x: 0, y: 0, role: .header)
    var parts: [String] = []
    parts.append(state.balance.map { state.pointsText($0) } ?? state.text(ScreenKey.pointsUnknown))
    if !state.holds.isEmpty, let soonest = state.holds.map(\.expiresAt).min() {
        parts.append(state.text(ScreenKey.headerHeld, state.holds.count, Formatting.countdown(until: soonest, now: state.now)))
    }
    parts.append(tokenSummary(state))
    var right = parts.joined(separator: " │ ") + " "
    let room = screen.width - left - 3
    let user = TerminalColumns.truncate(state.user, to: max(4, room - TerminalColumns.width(of: right) - 3))
    screen.put(" · " + user, x: left, y: 0, role: .header)
    let used = left + 3 + TerminalColumns.width(of: user) + 2
    while TerminalColumns.width(of: right) > screen.width - used, parts.count > 1 {
        parts.removeFirst()
        right = parts.joined(separator: " │ ") + " "
    }
    screen.putRight(right, right: screen.width, y: 0, role: .header)
}

/// The token part of the header: where the buyer stands and the shopping time left.
func tokenSummary(_ state: AppState) -> String {
    guard let queue = state.queue else {
        return state.text(state.tokenExpired ? ScreenKey.tokenNone : ScreenKey.tokenJoining)
    }
    if state.tokenExpired || (queue.isActive && state.now >= queue.expiresAt) {
        return state.text(ScreenKey.tokenExpired, queue.token.short)
    }
    if let position = queue.position {
        return state.text(ScreenKey.tokenInLine, queue.token.short, position)
    }
    return state.text(ScreenKey.tokenLeft, queue.token.short, Formatting.countdown(until: queue.expiresAt, now: state.now))
}

private func renderTitle(_ state: AppState, into screen: inout Screen) {
    var title = state.screen.title(in: state.language)
    if state.screen == .venue, let venue = state.venue { title += " › " + venue.concertTitle }
    if state.screen == .seatGrid, let section = state.section {
        title += " " + section.section.name + (state.venue.map { " › " + $0.concertTitle } ?? "")
    }
    let written = screen.put(" " + TerminalColumns.truncate(title, to: screen.width - 4) + " ", x: 1, y: 1, role: .emphasis)
    screen.put(String(repeating: "─", count: max(0, screen.width - written - 1)), x: 1 + written, y: 1, role: .border)
    screen.put("─", x: 0, y: 1, role: .border)
}

private func renderStatus(_ state: AppState, into screen: inout Screen) {
    let y = screen.height - 2
    let busy = Operation.allCases.filter { state.inFlight.contains($0) && !$0.isQuiet }
    var right = 0
    if let first = busy.first {
        let progress = state.text(first.progressText)
        right = TerminalColumns.width(of: progress) + 2
        screen.putRight(progress + " ", right: screen.width, y: y, role: .progress)
    }
    guard let status = state.connectionProblem.map({ StatusMessage($0, kind: .error) }) ?? state.status else { return }
    let role: StyleRole = switch status.kind {
    case .info: .normal
    case .success: .success
    case .warning: .warning
    case .error: .error
    }
    let mark = switch status.kind {
    case .info: "·"
    case .success: "✓"
    case .warning: "!"
    case .error: "✗"
    }
    screen.putFitting(" \(mark) \(status.text)", x: 0, y: y, columns: screen.width - right, role: role)
}

private func renderFooter(_ state: AppState, into screen: inout Screen) {
    let y = screen.height - 1
    screen.fillRow(y, role: .footer)
    if state.overlay == .confirmQuit {
        screen.putFitting(state.text(ScreenKey.quitFooter), x: 0, y: y, columns: screen.width, role: .footer)
        return
    }
    let hints = KeyBindings.footerHints(for: state)
    let help = hints.first { $0.keys == "?" }
    let others = hints.filter { $0.keys != "?" }
    let helpWidth = help.map { TerminalColumns.width(of: "\($0.keys) \($0.text)") + 1 } ?? 0
    var x = 1
    for hint in others {
        let needed = TerminalColumns.width(of: "\(hint.keys) \(hint.text)") + 2
        if x + needed > screen.width - helpWidth - 1 { break }
        x += drawHint(hint, x: x, y: y, into: &screen) + 2
    }
    if let help { drawHint(help, x: screen.width - helpWidth, y: y, into: &screen) }
}

@discardableResult
private func drawHint(_ hint: (keys: String, text: String), x: Int, y: Int, into screen: inout Screen) -> Int {
    let keys = screen.put(hint.keys, x: x, y: y, role: .keyHint)
    return keys + screen.put(" " + hint.text, x: x + keys, y: y, role: .footer)
}
