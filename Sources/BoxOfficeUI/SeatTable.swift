import BookingEngine

/// Column widths of a seat table (holds, bookings, receipt) for the available width.
struct SeatTableColumns {
    let grade = 8
    let price = 12
    let last: Int
    let seat: Int

    init(width: Int, lastColumn: Int) {
        last = lastColumn
        seat = max(10, width - grade - price - lastColumn - 4)
    }

    var width: Int { seat + grade + price + last + 4 }
}

/// One seat of a seat table: where it is, its price, the last column's text and its style.
struct SeatTableEntry {
    let label: SeatLabel
    let price: Int64
    let last: String
    let role: StyleRole
}

/// Writes seats as a table under headings of their concert and time at the venue
/// (`Sat 12 Dec 2026 19:00 KST`, with the buyer's own time when it differs); seats of one
/// performance in a row share a heading. Stops before `lines` run out; returns the lines used.
@discardableResult
func drawSeatTable(
    _ entries: [SeatTableEntry], cursor: Int?, columns: SeatTableColumns, x: Int, y: Int, lines: Int, state: AppState,
    into screen: inout Screen
) -> Int {
    var row = 0
    var heading: DateID?
    for (index, entry) in entries.enumerated() {
        if entry.label.dateID != heading {
            guard row + 2 <= lines else { break }
            drawPerformanceHeading(entry.label, width: columns.width, x: x, y: y + row, state: state, into: &screen)
            heading = entry.label.dateID
            row += 1
        }
        guard row < lines else { break }
        var text = "  " + TerminalColumns.pad(TerminalColumns.truncate(VenueText.place(entry.label, state.language), to: columns.seat - 2), to: columns.seat - 2)
        text += "  " + TerminalColumns.pad(TerminalColumns.truncate(entry.label.grade, to: columns.grade), to: columns.grade)
        let price = Formatting.points(entry.price)
        text += String(repeating: " ", count: max(0, columns.price - TerminalColumns.width(of: price))) + price
        text += "  " + String(repeating: " ", count: max(0, columns.last - TerminalColumns.width(of: entry.last))) + entry.last
        screen.put(text, x: x, y: y + row, role: entry.role)
        if index == cursor { screen.paint(role: .cursor, x: x, y: y + row, columns: columns.width) }
        row += 1
    }
    return row
}

/// `Stadium Night · Fri 11 Dec 2026 19:00 KST (10:00 UTC your time)`.
private func drawPerformanceHeading(_ label: SeatLabel, width: Int, x: Int, y: Int, state: AppState, into screen: inout Screen) {
    let when = state.performanceTime(label.startsAt, zone: label.timeZone, style: .long)
    let titleColumns = width - TerminalColumns.width(of: when) - 3
    let text = titleColumns >= 8 ? TerminalColumns.truncate(label.concertTitle, to: titleColumns) + " · " + when : when
    screen.putFitting(text, x: x, y: y, columns: width, role: .emphasis)
}

/// The column titles of a seat table.
func drawSeatTableHeader(_ columns: SeatTableColumns, last: String, state: AppState, x: Int, y: Int, into screen: inout Screen) {
    var text = TerminalColumns.pad(state.text(ScreenKey.columnSeat), to: columns.seat)
    text += "  " + TerminalColumns.pad(state.text(ScreenKey.columnGrade), to: columns.grade)
    let price = state.text(ScreenKey.columnPrice)
    text += String(repeating: " ", count: max(0, columns.price - TerminalColumns.width(of: price))) + price
    text += "  " + String(repeating: " ", count: max(0, columns.last - TerminalColumns.width(of: last))) + last
    screen.put(text, x: x, y: y, role: .dim)
}
