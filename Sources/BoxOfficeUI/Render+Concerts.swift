import BookingEngine

/// One line of the concert list: a concert heading, a date, or a gap.
private enum ConcertLine {
    case concert(Concert)
    case date(ConcertDate, index: Int)
    case gap
}

/// Concerts with their upcoming dates; each date shows its free seats or "sold out".
func renderConcerts(_ state: AppState, into screen: inout Screen, area: Area) {
    let list = Area(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1)
    if state.concerts.isEmpty {
        let text = state.text(state.inFlight.contains(.loadingConcerts) ? ScreenKey.loadingConcerts : ScreenKey.noConcerts)
        screen.putCentered(text, in: area, y: area.y + 3, role: .dim)
        return
    }
    var lines: [ConcertLine] = []
    var index = 0
    for concert in state.concerts {
        if !lines.isEmpty { lines.append(.gap) }
        lines.append(.concert(concert))
        for date in concert.dates {
            lines.append(.date(date, index: index))
            index += 1
        }
    }
    let cursorLine = lines.firstIndex { line in
        if case .date(_, let index) = line { return index == state.dateCursor }
        return false
    } ?? 0
    let style = dateStyle(state, list: list)
    let whenColumns = state.dateChoices.map { TerminalColumns.width(of: dateText($0.date, state, style)) }.max() ?? 0
    let availabilityX = list.x + max(30, whenColumns + 6)
    // The markers of a scrolled list sit on rows of their own: the blank row above the
    // list, and its last row, so they never cover a date's counts.
    let visible = lines.count > list.height ? list.height - 1 : list.height
    let offset = min(max(0, cursorLine - visible + 2), max(0, lines.count - visible))
    for (row, line) in lines.dropFirst(offset).prefix(visible).enumerated() {
        let y = list.y + row
        switch line {
        case .concert(let concert):
            drawConcertHeading(concert, y: y, list: list, into: &screen)
        case .date(let date, let index):
            drawDate(date, isCursor: index == state.dateCursor, state: state, style: style, y: y, list: list,
                     availabilityX: availabilityX, into: &screen)
        case .gap:
            break
        }
    }
    if offset > 0 { screen.putRight(state.text(ScreenKey.moreAbove), right: list.right, y: area.y, role: .dim) }
    if offset + visible < lines.count {
        screen.putRight(state.text(ScreenKey.moreBelow), right: list.right, y: list.y + visible, role: .dim)
    }
}

private func drawConcertHeading(_ concert: Concert, y: Int, list: Area, into screen: inout Screen) {
    let venueColumns = min(TerminalColumns.width(of: concert.venue), list.width / 2 - 2)
    let titleColumns = list.width - venueColumns - 2
    screen.putFitting(concert.title, x: list.x, y: y, columns: titleColumns, role: .emphasis)
    let venue = TerminalColumns.truncate(concert.venue, to: venueColumns)
    screen.putRight(venue, right: list.right, y: y, role: .dim)
}

/// A date as the list writes it: in its zone, with the buyer's time when elsewhere.
private func dateText(_ date: ConcertDate, _ state: AppState, _ style: PerformanceTime.Style) -> String {
    state.performanceTime(date.startsAt, zone: date.timeZone, style: style)
}

/// Dates with their year when the free-seat counts still fit beside them, else without.
private func dateStyle(_ state: AppState, list: Area) -> PerformanceTime.Style {
    let counts = state.dateChoices.map { choice in
        TerminalColumns.width(of: state.text(ScreenKey.seatsFree, Formatting.points(Int64(choice.date.seatCount)),
                                             Formatting.points(Int64(choice.date.seatCount))))
    }.max() ?? 0
    let long = state.dateChoices.map { TerminalColumns.width(of: dateText($0.date, state, .long)) }.max() ?? 0
    return 2 + max(28, long + 4) + counts <= list.width ? .long : .medium
}

private func drawDate(
    _ date: ConcertDate, isCursor: Bool, state: AppState, style: PerformanceTime.Style, y: Int, list: Area, availabilityX: Int,
    into screen: inout Screen
) {
    let marker = isCursor ? "▸ " : "  "
    let baseRole: StyleRole = date.isSoldOut ? .dim : .normal
    screen.putFitting(marker + dateText(date, state, style), x: list.x + 2, y: y, columns: availabilityX - list.x - 3, role: baseRole)
    if date.isSoldOut {
        screen.put(state.text(ScreenKey.soldOut), x: availabilityX, y: y, role: .sold)
    } else {
        let text = state.text(ScreenKey.seatsFree, Formatting.points(Int64(date.freeSeats)), Formatting.points(Int64(date.seatCount)))
        screen.putFitting(text, x: availabilityX, y: y, columns: list.right - availabilityX, role: .available)
        let barX = availabilityX + 30
        if list.right - barX >= 24, date.seatCount > 0 {
            drawProgressBar(fraction: Double(date.freeSeats) / Double(date.seatCount), x: barX, y: y,
                            width: 25, into: &screen)
        }
    }
    if isCursor { screen.paint(role: .cursor, x: list.x + 2, y: y, columns: list.width - 2) }
}
