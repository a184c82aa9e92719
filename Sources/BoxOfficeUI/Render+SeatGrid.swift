import BookingEngine

/// One section: the date and section line, the stage side, its rows (scrolling) with their
/// labels and each seat's state; then the legend, the seat under the cursor, the selection
/// and the holds.
func renderSeatGrid(_ state: AppState, into screen: inout Screen, area: Area) {
    guard let section = state.section else {
        let text = state.text(state.inFlight.contains(.loadingSeats) ? ScreenKey.loadingSeats : ScreenKey.noSection)
        screen.putCentered(text, in: area, y: area.y + 3, role: .dim)
        return
    }
    if let venue = state.venue {
        screen.putCentered(VenueText.dateLine(venue.date, venue: venue.venue, state), in: area, y: area.y, role: .dim)
    }
    let layout = SeatGridLayout(section, area: area, cursor: state.seatCursor)
    drawStageSide(layout, label: state.text(ScreenKey.stage), area: area, into: &screen)
    for row in layout.topRow..<(layout.topRow + layout.visibleRows) {
        guard let y = layout.rowY(row) else { continue }
        let label = section.rows[row].label
        screen.putRight(label, right: layout.seatX(row: row, number: 1) - 2, y: y, role: .dim)
        screen.put(label, x: layout.seatX(row: row, number: section.rows[row].seats) + layout.seatWidth + 2, y: y, role: .dim)
        let start = section.rowStarts[row]
        for number in 1...section.rows[row].seats {
            let index = start + number - 1
            let look = seatLook(section.states[index], number: number, selected: state.selection.contains(section.seatID(at: index)),
                                width: layout.seatWidth)
            screen.put(look.text, x: layout.seatX(row: row, number: number), y: y, role: index == state.seatCursor ? .cursor : look.role)
        }
    }
    drawScrollLine(section, layout: layout, state: state, area: area, into: &screen)
    drawLegend(width: layout.seatWidth, state: state, y: layout.bottomY + 1, area: area, into: &screen)
    drawSeatDetails(section, state: state, y: layout.bottomY + 2, area: area, into: &screen)
}

/// The stage's side of the rows: the first row shown is nearest the stage.
private func drawStageSide(_ layout: SeatGridLayout, label stage: String, area: Area, into screen: inout Screen) {
    let width = max(layout.gridWidth, 15)
    let label = " " + stage + " "
    let side = max(0, (width - TerminalColumns.width(of: label)) / 2)
    let rest = max(0, width - side - TerminalColumns.width(of: label))
    let line = String(repeating: "━", count: side) + label + String(repeating: "━", count: rest)
    let x = layout.originX + (layout.gridWidth - width) / 2
    screen.put(line, x: x, y: layout.stageY, role: layout.topRow == 0 ? .stage : .dim)
}

/// How one seat is written: a mark when narrow (o free, * selected, # held by you, @ yours,
/// - held, x sold), its number between state markers when there is room.
func seatLook(_ state: SeatState, number: Int, selected: Bool, width: Int) -> (text: String, role: StyleRole) {
    if width < 2 {
        if selected { return ("*", .selected) }
        switch state {
        case .free: return ("o", .available)
        case .held: return ("-", .heldByOthers)
        case .sold: return ("x", .sold)
        case .heldByYou: return ("#", .mine)
        case .boughtByYou: return ("@", .mine)
        }
    }
    let digits = String(number)
    let padded = String(repeating: " ", count: max(0, width - digits.count)) + digits
    if selected { return (padded, .selected) }
    switch state {
    case .free: return (padded, .available)
    case .held: return (String(repeating: " ", count: width - 2) + "--", .heldByOthers)
    case .sold: return (String(repeating: " ", count: width - 2) + "XX", .sold)
    case .heldByYou, .boughtByYou: return (padded, .mine)
    }
}

/// `▲ 4 rows nearer the stage` / `▼ 12 more rows` beside the rows when they scroll.
private func drawScrollLine(_ section: SectionSeats, layout: SeatGridLayout, state: AppState, area: Area, into screen: inout Screen) {
    let below = section.rows.count - layout.topRow - layout.visibleRows
    var parts: [String] = []
    if layout.topRow > 0 {
        parts.append(state.text(layout.topRow == 1 ? ScreenKey.rowsNearerStageOne : ScreenKey.rowsNearerStageMany, layout.topRow))
    }
    if below > 0 { parts.append(state.text(below == 1 ? ScreenKey.rowsFurtherOne : ScreenKey.rowsFurtherMany, below)) }
    guard !parts.isEmpty else { return }
    let text = parts.joined(separator: "   ") + " " + state.text(ScreenKey.rowsScrollKeys)
    screen.putCentered(text, in: area, y: layout.bottomY, role: .dim)
}

private func drawLegend(width: Int, state: AppState, y: Int, area: Area, into screen: inout Screen) {
    let marks = width < 2 ? ["o", "*", "#", "-", "x"] : ["07", "07", "07", "--", "XX"]
    let words: [ScreenKey] = [.legendFree, .legendSelected, .legendYours, .legendHeld, .legendSold]
    let roles: [StyleRole] = [.available, .selected, .mine, .heldByOthers, .sold]
    let items = (0..<5).map { (marks[$0], state.text(words[$0]), roles[$0]) }
    let legendWidth = items.reduce(0) { $0 + TerminalColumns.width(of: $1.0) + TerminalColumns.width(of: $1.1) + 3 } - 2
    var x = area.x + max(0, (area.width - legendWidth) / 2)
    for item in items {
        x += screen.put(item.0, x: x, y: y, role: item.2)
        x += screen.put(" " + item.1 + "  ", x: x, y: y, role: .dim)
    }
}

private func drawSeatDetails(_ section: SectionSeats, state: AppState, y: Int, area: Area, into screen: inout Screen) {
    let x = area.x + max(2, (area.width - 76) / 2)
    let columns = min(area.width - 4, 76)
    if section.states.indices.contains(state.seatCursor) {
        let text = [VenueText.place(in: section, at: state.seatCursor, state.language), section.section.grade,
                    state.pointsText(section.section.price), describe(section.states[state.seatCursor], state: state)].joined(separator: " · ")
        screen.putFitting(text, x: x, y: y, columns: columns, role: .emphasis)
    }
    let limit = state.configuration.holdLimit
    if state.selection.isEmpty {
        let room = max(0, limit - state.holds.count)
        let text = room == 0 ? state.text(ScreenKey.holdLimitHint, limit)
            : state.text(room == 1 ? ScreenKey.selectHintOne : ScreenKey.selectHintMany, room)
        screen.putFitting(text, x: x, y: y + 1, columns: columns, role: .dim)
    } else {
        let seats = state.selection.compactMap { id in section.index(of: id) }
        let labels = seats.map { index in
            let (row, number) = section.position(of: index)
            return SeatLabel(seatID: section.seatID(at: index), concertTitle: "", dateID: section.date, startsAt: section.checkedAt,
                             seatNumber: 0, grade: section.section.grade, section: section.section.name, row: section.rows[row].label,
                             seatInRow: number)
        }
        let places = VenueText.places(labels, state.language, sectionNamed: false)
        let text = state.text(ScreenKey.selectedSeats, places, state.pointsText(section.section.price * Int64(seats.count)))
        screen.putFitting(text, x: x, y: y + 1, columns: columns, role: .selected)
    }
    if !state.holds.isEmpty, y + 2 < area.bottom {
        screen.putFitting(VenueText.venueHint(state), x: x, y: y + 2, columns: columns, role: .mine)
    } else if let cut = state.holdsCutShortAt, y + 2 < area.bottom {
        let text = state.text(ScreenKey.holdCutShort, Formatting.countdown(until: cut, now: state.now))
        screen.putFitting(text, x: x, y: y + 2, columns: columns, role: .warning)
    }
}

private func describe(_ seat: SeatState, state: AppState) -> String {
    switch seat {
    case .free: state.text(ScreenKey.seatFree)
    case .held: state.text(ScreenKey.seatHeld)
    case .sold: state.text(ScreenKey.seatSold)
    case .heldByYou(_, let until): state.text(ScreenKey.seatHeldByYou, Formatting.countdown(until: until, now: state.now))
    case .boughtByYou: state.text(ScreenKey.seatBoughtByYou)
    }
}
