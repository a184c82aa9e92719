import BookingEngine

/// The waiting room: place in line, people ahead, estimate, progress and refresh times.
func renderWaitingRoom(_ state: AppState, into screen: inout Screen, area: Area) {
    let panelWidth = min(area.width - 4, 64)
    let x = area.x + (area.width - panelWidth) / 2
    let top = area.y + max(1, (area.height - 14) / 3)
    if state.tokenExpired {
        let what = state.text(state.queue?.isActive == true ? ScreenKey.shoppingTimeEnded : ScreenKey.placeExpired)
        screen.putCentered(what, in: area, y: top + 1, role: .warning)
        screen.putCentered(state.text(ScreenKey.pressRToRejoin), in: area, y: top + 3, role: .emphasis)
        let bookings = state.text(ScreenKey.bookingsStayYours)
        screen.putCentered(bookings, in: area, y: top + 5, role: .dim)
        return
    }
    guard let queue = state.queue else {
        screen.putCentered(state.text(ScreenKey.joiningLine), in: area, y: top + 2, role: .dim)
        return
    }
    guard case .waiting(let position, _) = queue.phase else {
        screen.putCentered(state.text(ScreenKey.admittedOpening), in: area, y: top + 2, role: .success)
        return
    }
    screen.putCentered(state.text(ScreenKey.waitingHeading), in: area, y: top, role: .emphasis)
    screen.putCentered(state.text(ScreenKey.keepWindowOpen), in: area, y: top + 1, role: .dim)
    let ahead = position - 1
    let rows: [(String, String, StyleRole)] = [
        (state.text(ScreenKey.labelPosition), state.text(ScreenKey.positionOfWaiting, position, max(position, queue.waitingCount)),
         .emphasis),
        (state.text(ScreenKey.labelAhead), ahead == 0 ? state.text(ScreenKey.aheadNobody) : state.text(ScreenKey.aheadCount, ahead),
         .normal),
        (state.text(ScreenKey.labelEstimatedWait), Formatting.wait(state.shownWait?.estimate ?? .unknown, language: state.language),
         .normal),
        (state.text(ScreenKey.labelToken), queue.token.short, .dim),
    ]
    let tableX = x + 4
    screen.putTable(rows, x: tableX, y: top + 3, labelColumns: 18, width: panelWidth - 8)
    let first = max(state.firstPosition ?? position, position)
    let done = first > 0 ? Double(first - position) / Double(first) : 0
    drawProgressBar(fraction: done, x: tableX, y: top + 8, width: panelWidth - 8, into: &screen)
    var refreshLine = ""
    if let last = state.lastRefreshedAt {
        refreshLine = state.text(ScreenKey.lastChecked, state.clockTime(last))
    }
    if let next = state.nextQueueCheckAt {
        let seconds = Formatting.secondsLeft(until: next, now: state.now)
        refreshLine += (refreshLine.isEmpty ? "" : " · ")
            + (seconds == 0 ? state.text(ScreenKey.checkingNow) : state.text(ScreenKey.nextCheckIn, seconds))
    } else if state.inFlight.contains(.checkingQueue) {
        refreshLine += (refreshLine.isEmpty ? "" : " · ") + state.text(ScreenKey.checkingNowEllipsis)
    }
    screen.putFitting(refreshLine, x: tableX, y: top + 10, columns: panelWidth - 8, role: .dim)
    if area.height >= 20 {
        let minutes = max(1, state.configuration.waitingTokenLifetime.wholeSeconds / 60)
        screen.putFitting(state.text(ScreenKey.closingGivesUpPlace, minutes),
                          x: tableX, y: top + 12, columns: panelWidth - 8, role: .dim)
    }
}

/// A bar of `width` columns filled to `fraction`, with the percentage after it.
func drawProgressBar(fraction: Double, x: Int, y: Int, width: Int, into screen: inout Screen) {
    let clamped = min(1, max(0, fraction))
    let percent = " \(Int((clamped * 100).rounded()))%"
    let barWidth = max(1, width - 5)
    let filled = Int((Double(barWidth) * clamped).rounded())
    screen.put(String(repeating: "█", count: filled), x: x, y: y, role: .progress)
    screen.put(String(repeating: "░", count: barWidth - filled), x: x + filled, y: y, role: .dim)
    screen.put(percent, x: x + barWidth, y: y, role: .normal)
}
