import BookingEngine

/// Column widths of a seat table (holds, bookings, receipt) for the available width.
struct SeatTableColumns {
    let seat: Int
    let grade = 6
    let price = 12
    let last: Int
    let concert: Int

    /// Columns for a table `width` wide whose last column is `lastColumn` wide; the seat
    /// column fits the widest seat name in the buyer's language (`E50`, `E열 50번`).
    init(width: Int, lastColumn: Int, state: AppState) {
        seat = max(8, TerminalColumns.width(of: state.text(ScreenKey.seatName, "E", 50)) + 2)
        last = lastColumn
        concert = max(10, width - seat - grade - price - lastColumn - 4)
    }
}

/// Writes one seat-table row: seat, concert and date, grade, price, and a last column.
func drawSeatRow(
    _ label: SeatLabel, price: String, last: String, columns: SeatTableColumns, x: Int, y: Int,
    state: AppState, role: StyleRole, into screen: inout Screen
) {
    let when = state.performanceTime(label.startsAt, of: label.dateID, style: .short)
    let whenWidth = TerminalColumns.width(of: when)
    let titleColumns = columns.concert - whenWidth - 3
    let seatName = state.text(ScreenKey.seatName, SeatGridLayout.rowName(ofSeat: label.seatNumber), label.seatNumber)
    var text = TerminalColumns.pad(seatName, to: columns.seat)
    text += titleColumns >= 6
        ? TerminalColumns.pad(TerminalColumns.truncate(label.concertTitle, to: titleColumns) + " · " + when, to: columns.concert)
        : TerminalColumns.pad(when, to: columns.concert)
    text += " " + TerminalColumns.pad(label.grade, to: columns.grade)
    text += String(repeating: " ", count: max(0, columns.price - TerminalColumns.width(of: price))) + price
    text += "  " + String(repeating: " ", count: max(0, columns.last - TerminalColumns.width(of: last)))
        + TerminalColumns.truncate(last, to: columns.last)
    screen.put(text, x: x, y: y, role: role)
}

/// The buyer's holds with total, balance and a live countdown; pay or release.
func renderCheckout(_ state: AppState, into screen: inout Screen, area: Area) {
    let width = min(area.width - 4, 100)
    let x = area.x + (area.width - width) / 2
    var y = area.y + 1
    guard let soonest = state.holds.map(\.expiresAt).min() else {
        screen.putCentered(state.text(ScreenKey.noHoldsAtCheckout), in: area, y: y + 2, role: .dim)
        return
    }
    drawPayWithin(state, soonest: soonest, x: x, y: y, width: width, into: &screen)
    y += 2
    let columns = SeatTableColumns(width: width, lastColumn: 6, state: state)
    drawSeatTableHeader(columns, last: state.text(ScreenKey.columnLeft), state: state, x: x, y: y, into: &screen)
    y += 1
    let maxRows = max(1, area.bottom - y - 6)
    for (index, hold) in state.holds.enumerated().prefix(maxRows) {
        let isCursor = index == state.holdCursor
        drawSeatRow(hold.seat, price: Formatting.points(hold.price),
                    last: Formatting.countdown(until: hold.expiresAt, now: state.now), columns: columns,
                    x: x, y: y, state: state, role: .mine, into: &screen)
        if isCursor { screen.paint(role: .cursor, x: x, y: y, columns: width) }
        y += 1
    }
    screen.put(String(repeating: "─", count: width), x: x, y: y, role: .border)
    y += 1
    let total = state.holdsTotal
    var rows: [(String, String, StyleRole)] = [(state.text(ScreenKey.labelTotal), state.pointsText(total), .emphasis)]
    if let balance = state.balance {
        rows.append((state.text(ScreenKey.labelYourBalance), state.pointsText(balance), .normal))
        if balance >= total {
            rows.append((state.text(ScreenKey.labelAfterPaying), state.pointsText(balance - total), .dim))
        } else {
            rows.append((state.text(ScreenKey.labelShortBy), state.text(ScreenKey.shortByValue, Formatting.points(total - balance)),
                         .warning))
        }
    }
    screen.putTable(rows, x: x, y: y, labelColumns: 16, width: width)
}

/// "Pay within 4:13 — after that …": the countdown in its urgency colour, inside a sentence
/// whose word order is the language's.
private func drawPayWithin(_ state: AppState, soonest: Timestamp, x: Int, y: Int, width: Int, into screen: inout Screen) {
    let left = Formatting.countdown(until: soonest, now: state.now)
    let urgent = Formatting.secondsLeft(until: soonest, now: state.now) <= 60
    let template = state.language.template(ScreenKey.payWithin)
    let arguments = [left, state.clockTime(soonest)]
    let split = template.firstRange(of: "{0}")
    let before = Language.fill(String(template[..<(split?.lowerBound ?? template.endIndex)]), with: arguments)
    let after = Language.fill(String(template[(split?.upperBound ?? template.endIndex)...]), with: arguments)
    var column = x + screen.put(before, x: x, y: y, role: .normal, maxColumns: width)
    column += screen.put(left, x: column, y: y, role: urgent ? .error : .warning, maxColumns: x + width - column)
    screen.putFitting(after, x: column, y: y, columns: x + width - column, role: .dim)
}

/// The column titles of a seat table.
func drawSeatTableHeader(_ columns: SeatTableColumns, last: String, state: AppState, x: Int, y: Int, into screen: inout Screen) {
    var text = TerminalColumns.pad(state.text(ScreenKey.columnSeat), to: columns.seat)
        + TerminalColumns.pad(state.text(ScreenKey.columnConcertDate), to: columns.concert)
    text += " " + TerminalColumns.pad(state.text(ScreenKey.columnGrade), to: columns.grade)
    let price = state.text(ScreenKey.columnPrice)
    text += String(repeating: " ", count: max(0, columns.price - TerminalColumns.width(of: price))) + price
    text += "  " + String(repeating: " ", count: max(0, columns.last - TerminalColumns.width(of: last))) + last
    screen.put(text, x: x, y: y, role: .dim)
}

/// What the last payment bought: seats, amount, new balance and booking numbers.
func renderReceipt(_ state: AppState, into screen: inout Screen, area: Area) {
    guard let receipt = state.receipt else { return }
    let width = min(area.width - 4, 100)
    let x = area.x + (area.width - width) / 2
    var y = area.y + 1
    screen.put(state.text(ScreenKey.paymentComplete), x: x, y: y, role: .success)
    let paidAt = state.clockTime(receipt.paidAt)
    screen.putRight(state.text(ScreenKey.paymentNumber, receipt.payment, paidAt), right: x + width, y: y, role: .dim)
    y += 2
    let columns = SeatTableColumns(width: width, lastColumn: 9, state: state)
    drawSeatTableHeader(columns, last: state.text(ScreenKey.columnBooking), state: state, x: x, y: y, into: &screen)
    y += 1
    for booking in receipt.bookings.prefix(max(1, area.bottom - y - 7)) {
        drawSeatRow(booking.seat, price: Formatting.points(booking.price), last: "#\(booking.id)",
                    columns: columns, x: x, y: y, state: state, role: .normal, into: &screen)
        y += 1
    }
    screen.put(String(repeating: "─", count: width), x: x, y: y, role: .border)
    y += 1
    let rows: [(String, String, StyleRole)] = [
        (state.text(ScreenKey.labelAmountPaid), state.pointsText(receipt.amount), .emphasis),
        (state.text(ScreenKey.labelNewBalance), state.pointsText(receipt.balanceAfter), .normal),
    ]
    screen.putTable(rows, x: x, y: y, labelColumns: 16, width: width)
    y += 3
    let next = state.holds.isEmpty
        ? state.text(ScreenKey.receiptBuyMore)
        : state.text(state.holds.count == 1 ? ScreenKey.receiptStillHoldOne : ScreenKey.receiptStillHoldMany, state.holds.count)
    screen.putFitting(next, x: x, y: y, columns: width, role: .dim)
}
