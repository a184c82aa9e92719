import BookingEngine

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
    let entries = state.holds.map { hold in
        SeatTableEntry(label: hold.seat, price: hold.price, last: Formatting.countdown(until: hold.expiresAt, now: state.now), role: .mine)
    }
    y += drawSeatTable(entries, cursor: state.holdCursor, columns: columns, x: x, y: y, lines: max(2, area.bottom - y - 5),
                       buyerZone: state.timeZone, into: &screen)
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
    let entries = receipt.bookings.map { booking in
        SeatTableEntry(label: booking.seat, price: booking.price, last: "#\(booking.id)", role: .normal)
    }
    y += drawSeatTable(entries, cursor: nil, columns: columns, x: x, y: y, lines: max(2, area.bottom - y - 6),
                       buyerZone: state.timeZone, into: &screen)
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
