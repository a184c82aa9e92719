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
        let text = state.inFlight.contains(.loadingConcerts) ? "Loading concerts…" : "No upcoming concerts right now."
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
    let visible = list.height
    let offset = min(max(0, cursorLine - visible + 2), max(0, lines.count - visible))
    for (row, line) in lines.dropFirst(offset).prefix(visible).enumerated() {
        let y = list.y + row
        switch line {
        case .concert(let concert):
            drawConcertHeading(concert, y: y, list: list, into: &screen)
        case .date(let date, let index):
            drawDate(date, isCursor: index == state.dateCursor, state: state, y: y, list: list, into: &screen)
        case .gap:
            break
        }
    }
    if offset > 0 { screen.putRight("▲ more", right: list.right, y: list.y, role: .dim) }
    if offset + visible < lines.count { screen.putRight("▼ more", right: list.right, y: list.bottom - 1, role: .dim) }
}

private func drawConcertHeading(_ concert: Concert, y: Int, list: Area, into screen: inout Screen) {
    let venueColumns = min(TerminalColumns.width(of: concert.venue), list.width / 2 - 2)
    let titleColumns = list.width - venueColumns - 2
    screen.putFitting(concert.title, x: list.x, y: y, columns: titleColumns, role: .emphasis)
    let venue = TerminalColumns.truncate(concert.venue, to: venueColumns)
    screen.putRight(venue, right: list.right, y: y, role: .dim)
}

private func drawDate(
    _ date: ConcertDate, isCursor: Bool, state: AppState, y: Int, list: Area, into screen: inout Screen
) {
    let when = Formatting.performance(date.startsAt, zone: date.timeZone)
    let marker = isCursor ? "▸ " : "  "
    let baseRole: StyleRole = date.isSoldOut ? .dim : .normal
    screen.put(marker + when, x: list.x + 2, y: y, role: baseRole)
    let availabilityX = list.x + 33
    if date.isSoldOut {
        screen.put("sold out", x: availabilityX, y: y, role: .sold)
    } else {
        let text = "\(Formatting.points(Int64(date.freeSeats))) of \(Formatting.points(Int64(date.seatCount))) seats free"
        screen.put(text, x: availabilityX, y: y, role: .available)
        let barX = availabilityX + 30
        if list.right - barX >= 24, date.seatCount > 0 {
            drawProgressBar(fraction: Double(date.freeSeats) / Double(date.seatCount), x: barX, y: y,
                            width: 25, into: &screen)
        }
    }
    if isCursor { screen.paint(role: .cursor, x: list.x + 2, y: y, columns: list.width - 2) }
}
