import BookingEngine

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
    let columns = SeatTableColumns(width: width, lastColumn: 6)
    drawSeatTableHeader(columns, last: state.text(ScreenKey.columnLeft), state: state, x: x, y: y, into: &screen)
    y += 1
    let entries = state.holds.map { hold in
        SeatTableEntry(label: hold.seat, price: hold.price, last: Formatting.countdown(until: hold.expiresAt, now: state.now), role: .mine)
    }
    y += drawSeatTable(entries, cursor: state.holdCursor, columns: columns, x: x, y: y, lines: max(2, area.bottom - y - 5),
                       state: state, into: &screen)
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
    let columns = SeatTableColumns(width: width, lastColumn: 9)
    drawSeatTableHeader(columns, last: state.text(ScreenKey.columnBooking), state: state, x: x, y: y, into: &screen)
    y += 1
    let entries = receipt.bookings.map { booking in
        SeatTableEntry(label: booking.seat, price: booking.price, last: "#\(booking.id)", role: .normal)
    }
    y += drawSeatTable(entries, cursor: nil, columns: columns, x: x, y: y, lines: max(2, area.bottom - y - 6),
                       state: state, into: &screen)
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
