import BookingEngine

/// The hall: stage on top, rows of ten seats with an aisle, each seat showing its state
/// and grade; then the legend, the seat under the cursor, the selection and the holds.
func renderSeatGrid(_ state: AppState, into screen: inout Screen, area: Area) {
    guard let map = state.seatMap else {
        let text = state.text(state.inFlight.contains(.loadingSeats) ? ScreenKey.loadingSeats : ScreenKey.noSeatMap)
        screen.putCentered(text, in: area, y: area.y + 3, role: .dim)
        return
    }
    let layout = SeatGridLayout(width: state.mainWidth(forTerminalWidth: screen.width), height: screen.height, seatCount: map.seats.count)
    let when = state.performanceTime(map.date.startsAt, of: map.date.id, style: .long)
    screen.putCentered("\(when) · \(map.venue)", in: area, y: area.y, role: .dim)
    drawStage(layout, label: state.text(ScreenKey.stage), into: &screen)
    for row in 0..<layout.rowCount {
        let y = layout.originY + row * layout.rowSpacing
        let rowSeats = map.seats.filter { ($0.number - 1) / SeatGridLayout.seatsPerRow == row }
        screen.put(SeatGridLayout.rowName(index: row), x: layout.originX - 3, y: y, role: .dim)
        var grades: [String] = []
        for seat in rowSeats where !grades.contains(seat.grade) { grades.append(seat.grade) }
        screen.put(grades.joined(separator: "/"), x: layout.originX + layout.gridWidth + 2, y: y, role: .dim)
    }
    for seat in map.seats {
        let frame = layout.frame(ofSeat: seat.number)
        let look = seatLook(seat, selected: state.selection.contains(seat.number), wide: layout.seatWidth > 4)
        screen.put(look.text, x: frame.x, y: frame.y, role: seat.number == state.seatCursor ? .cursor : look.role)
    }
    let roomy = screen.height >= 34
    var y = layout.bottomY + (roomy ? 1 : 0)
    drawLegend(map, state: state, y: y, area: area, into: &screen)
    y += roomy ? 4 : 3
    drawSeatDetails(map, state: state, y: y, area: area, into: &screen)
    if roomy, !state.holds.isEmpty { drawHoldsTable(state, y: y + 4, area: area, into: &screen) }
}

/// On tall screens, the buyer's holds in full below the hall.
private func drawHoldsTable(_ state: AppState, y: Int, area: Area, into screen: inout Screen) {
    let width = min(area.width - 4, 100)
    let x = area.x + (area.width - width) / 2
    let columns = SeatTableColumns(width: width, lastColumn: 6, state: state)
    screen.put(state.text(ScreenKey.yourHolds), x: x, y: y, role: .emphasis)
    drawSeatTableHeader(columns, last: state.text(ScreenKey.columnLeft), state: state, x: x, y: y + 1, into: &screen)
    for (index, hold) in state.holds.enumerated() where y + 2 + index < area.bottom {
        drawSeatRow(hold.seat, price: Formatting.points(hold.price),
                    last: Formatting.countdown(until: hold.expiresAt, now: state.now), columns: columns,
                    x: x, y: y + 2 + index, state: state, role: .mine, into: &screen)
    }
}

private func drawStage(_ layout: SeatGridLayout, label: String, into screen: inout Screen) {
    let side = max(0, (layout.gridWidth - TerminalColumns.width(of: label)) / 2)
    let rest = max(0, layout.gridWidth - side - TerminalColumns.width(of: label))
    let line = String(repeating: "━", count: side) + label + String(repeating: "━", count: rest)
    screen.put(line, x: layout.originX, y: layout.stageY, role: .stage)
}

/// How one seat is written: its number (and grade initial when there is room) between
/// state markers, so states stay distinct without colour.
func seatLook(_ seat: Seat, selected: Bool, wide: Bool) -> (text: String, role: StyleRole) {
    let number = seat.number < 10 ? "0\(seat.number)" : "\(seat.number)"
    let grade = wide ? " " + String(seat.grade.prefix(1)) : ""
    if selected { return ("[" + number + grade + "]", .selected) }
    switch seat.state {
    case .free: return (" " + number + grade + " ", .available)
    case .held: return (" --" + grade + " ", .heldByOthers)
    case .sold: return (" XX" + grade + " ", .sold)
    case .heldByYou: return ("<" + number + grade + ">", .mine)
    case .boughtByYou: return ("(" + number + grade + ")", .mine)
    }
}

private func drawLegend(_ map: SeatMap, state: AppState, y: Int, area: Area, into screen: inout Screen) {
    let items: [(String, String, StyleRole)] = [
        (" 07 ", state.text(ScreenKey.legendFree), .available), ("[07]", state.text(ScreenKey.legendSelected), .selected),
        ("<07>", state.text(ScreenKey.legendYours), .mine), (" -- ", state.text(ScreenKey.legendHeld), .heldByOthers),
        (" XX ", state.text(ScreenKey.legendSold), .sold),
    ]
    let legendWidth = items.reduce(0) { $0 + TerminalColumns.width(of: $1.0) + TerminalColumns.width(of: $1.1) + 3 } - 2
    var x = area.x + max(0, (area.width - legendWidth) / 2)
    for item in items {
        x += screen.put(item.0, x: x, y: y, role: item.2)
        x += screen.put(" " + item.1 + "  ", x: x, y: y, role: .dim)
    }
    let grades = map.grades.map { "\($0.name) \(Formatting.points($0.price))" }.joined(separator: "   ")
    screen.putCentered(state.text(ScreenKey.prices, grades), in: area, y: y + 1, role: .normal)
}

private func drawSeatDetails(_ map: SeatMap, state: AppState, y: Int, area: Area, into screen: inout Screen) {
    let x = area.x + max(2, (area.width - 64) / 2)
    let columns = min(area.width - 4, 76)
    if let seat = map.seats.first(where: { $0.number == state.seatCursor }) {
        let row = SeatGridLayout.rowName(ofSeat: seat.number)
        let text = state.text(ScreenKey.seatDetails, seat.number, row, seat.grade, Formatting.points(seat.price),
                              describe(seat.state, state: state))
        screen.putFitting(text, x: x, y: y, columns: columns, role: .emphasis)
    }
    let limit = state.configuration.holdLimit
    if state.selection.isEmpty {
        let room = max(0, limit - state.holds.count)
        let text = room == 0 ? state.text(ScreenKey.holdLimitHint, limit)
            : state.text(room == 1 ? ScreenKey.selectHintOne : ScreenKey.selectHintMany, room)
        screen.putFitting(text, x: x, y: y + 1, columns: columns, role: .dim)
    } else {
        let total = state.selection.compactMap { number in map.seats.first { $0.number == number }?.price }.reduce(0, +)
        let seats = state.selection.map(String.init).joined(separator: ", ")
        let text = state.text(ScreenKey.selectedSeats, state.selection.count, limit - state.holds.count, seats,
                              Formatting.points(total))
        screen.putFitting(text, x: x, y: y + 1, columns: columns, role: .selected)
    }
    if let soonest = state.holds.map(\.expiresAt).min() {
        let seats = state.holds.map { String($0.seat.seatNumber) }.joined(separator: ", ")
        let text = state.text(ScreenKey.youHoldSeats, seats, Formatting.countdown(until: soonest, now: state.now))
        screen.putFitting(text, x: x, y: y + 2, columns: columns, role: .mine)
    }
    if let cut = state.holdsCutShortAt, y + 3 < area.bottom {
        let text = state.text(ScreenKey.holdCutShort, Formatting.countdown(until: cut, now: state.now))
        screen.putFitting(text, x: x, y: y + 3, columns: columns, role: .warning)
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
