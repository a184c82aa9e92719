import BookingEngine

/// Column widths of a seat table (holds, bookings, receipt) for the available width.
struct SeatTableColumns {
    let seat = 8
    let grade = 6
    let price = 12
    let last: Int
    let concert: Int

    init(width: Int, lastColumn: Int) {
        last = lastColumn
        concert = max(10, width - seat - grade - price - lastColumn - 4)
    }
}

/// Writes one seat-table row: seat, concert and date, grade, price, and a last column.
func drawSeatRow(
    _ label: SeatLabel, price: String, last: String, columns: SeatTableColumns, x: Int, y: Int,
    utcOffsetMinutes: Int, role: StyleRole, into screen: inout Screen
) {
    let when = Formatting.shortPerformance(label.startsAt, utcOffsetMinutes: utcOffsetMinutes)
    let whenWidth = TerminalColumns.width(of: when)
    let titleColumns = columns.concert - whenWidth - 3
    var text = TerminalColumns.pad("\(SeatGridLayout.rowName(ofSeat: label.seatNumber))\(label.seatNumber)", to: columns.seat)
    text += titleColumns >= 6
        ? TerminalColumns.pad(TerminalColumns.truncate(label.concertTitle, to: titleColumns) + " · " + when, to: columns.concert)
        : TerminalColumns.pad(when, to: columns.concert)
    text += " " + TerminalColumns.pad(label.grade, to: columns.grade)
    text += String(repeating: " ", count: max(0, columns.price - TerminalColumns.width(of: price))) + price
    text += "  " + String(repeating: " ", count: max(0, columns.last - TerminalColumns.width(of: last))) + last
    screen.put(text, x: x, y: y, role: role)
}

/// The buyer's holds with total, balance and a live countdown; pay or release.
func renderCheckout(_ state: AppState, into screen: inout Screen, area: Area) {
    let width = min(area.width - 4, 100)
    let x = area.x + (area.width - width) / 2
    var y = area.y + 1
    guard let soonest = state.holds.map(\.expiresAt).min() else {
        screen.putCentered("You hold no seats. Press q to go back to the seats.", in: area, y: y + 2, role: .dim)
        return
    }
    let left = Formatting.countdown(until: soonest, now: state.now)
    let urgent = Formatting.secondsLeft(until: soonest, now: state.now) <= 60
    screen.put("Pay within ", x: x, y: y, role: .normal)
    screen.put(left, x: x + 11, y: y, role: urgent ? .error : .warning)
    screen.putFitting(" — after that the seats go back on sale (at "
                      + Formatting.clockTime(soonest, utcOffsetMinutes: state.utcOffsetMinutes) + ").",
                      x: x + 11 + TerminalColumns.width(of: left), y: y, columns: width - 16, role: .dim)
    y += 2
    let columns = SeatTableColumns(width: width, lastColumn: 6)
    drawSeatTableHeader(columns, last: "Left", x: x, y: y, into: &screen)
    y += 1
    let maxRows = max(1, area.bottom - y - 6)
    for (index, hold) in state.holds.enumerated().prefix(maxRows) {
        let isCursor = index == state.holdCursor
        drawSeatRow(hold.seat, price: Formatting.points(hold.price),
                    last: Formatting.countdown(until: hold.expiresAt, now: state.now), columns: columns,
                    x: x, y: y, utcOffsetMinutes: state.utcOffsetMinutes, role: .mine, into: &screen)
        if isCursor { screen.paint(role: .cursor, x: x, y: y, columns: width) }
        y += 1
    }
    screen.put(String(repeating: "─", count: width), x: x, y: y, role: .border)
    y += 1
    let total = state.holdsTotal
    var rows: [(String, String, StyleRole)] = [("Total", "\(Formatting.points(total)) pts", .emphasis)]
    if let balance = state.balance {
        rows.append(("Your balance", "\(Formatting.points(balance)) pts", .normal))
        if balance >= total {
            rows.append(("After paying", "\(Formatting.points(balance - total)) pts", .dim))
        } else {
            rows.append(("Short by", "\(Formatting.points(total - balance)) pts — Enter offers a top-up", .warning))
        }
    }
    screen.putTable(rows, x: x, y: y, labelColumns: 16, width: width)
}

/// The column titles of a seat table.
func drawSeatTableHeader(_ columns: SeatTableColumns, last: String, x: Int, y: Int, into screen: inout Screen) {
    var text = TerminalColumns.pad("Seat", to: columns.seat) + TerminalColumns.pad("Concert · date", to: columns.concert)
    text += " " + TerminalColumns.pad("Grade", to: columns.grade)
    text += String(repeating: " ", count: columns.price - 5) + "Price"
    text += "  " + String(repeating: " ", count: max(0, columns.last - TerminalColumns.width(of: last))) + last
    screen.put(text, x: x, y: y, role: .dim)
}

/// What the last payment bought: seats, amount, new balance and booking numbers.
func renderReceipt(_ state: AppState, into screen: inout Screen, area: Area) {
    guard let receipt = state.receipt else { return }
    let width = min(area.width - 4, 100)
    let x = area.x + (area.width - width) / 2
    var y = area.y + 1
    screen.put("✓ Payment complete", x: x, y: y, role: .success)
    let paidAt = Formatting.clockTime(receipt.paidAt, utcOffsetMinutes: state.utcOffsetMinutes)
    screen.putRight("Payment #\(receipt.payment) · \(paidAt)", right: x + width, y: y, role: .dim)
    y += 2
    let columns = SeatTableColumns(width: width, lastColumn: 9)
    drawSeatTableHeader(columns, last: "Booking", x: x, y: y, into: &screen)
    y += 1
    for booking in receipt.bookings.prefix(max(1, area.bottom - y - 7)) {
        drawSeatRow(booking.seat, price: Formatting.points(booking.price), last: "#\(booking.id)",
                    columns: columns, x: x, y: y, utcOffsetMinutes: state.utcOffsetMinutes, role: .normal,
                    into: &screen)
        y += 1
    }
    screen.put(String(repeating: "─", count: width), x: x, y: y, role: .border)
    y += 1
    let rows: [(String, String, StyleRole)] = [
        ("Amount paid", "\(Formatting.points(receipt.amount)) pts", .emphasis),
        ("New balance", "\(Formatting.points(receipt.balanceAfter)) pts", .normal),
    ]
    screen.putTable(rows, x: x, y: y, labelColumns: 16, width: width)
    y += 3
    let next = state.holds.isEmpty
        ? "Your shopping time ended with this payment. To buy more, press Enter."
        : "You still hold \(state.holds.count) seat\(state.holds.count == 1 ? "" : "s"); press b to see them."
    screen.putFitting(next, x: x, y: y, columns: width, role: .dim)
}
