import BookingEngine

/// Live holds (with their countdowns) and confirmed bookings, newest first.
func renderBookings(_ state: AppState, into screen: inout Screen, area: Area) {
    let width = min(area.width - 4, 100)
    let x = area.x + (area.width - width) / 2
    var y = area.y + 1
    let columns = SeatTableColumns(width: width, lastColumn: 14)
    screen.put("Holds", x: x, y: y, role: .emphasis)
    if !state.holds.isEmpty {
        screen.putRight("pay before they run out: c", right: x + width, y: y, role: .dim)
    }
    y += 1
    if state.holds.isEmpty {
        screen.put("No seats held.", x: x + 2, y: y, role: .dim)
        y += 1
    } else {
        for hold in state.holds {
            drawSeatRow(hold.seat, price: Formatting.points(hold.price),
                        last: Formatting.countdown(until: hold.expiresAt, now: state.now) + " left",
                        columns: columns, x: x, y: y, utcOffsetMinutes: state.utcOffsetMinutes, role: .mine,
                        into: &screen)
            y += 1
        }
    }
    y += 1
    screen.put("Confirmed bookings", x: x, y: y, role: .emphasis)
    y += 1
    guard !state.bookings.isEmpty else {
        let text = state.inFlight.contains(.loadingBookings) ? "Loading…" : "No bookings yet."
        screen.put(text, x: x + 2, y: y, role: .dim)
        return
    }
    drawSeatTableHeader(columns, last: "Booking", x: x, y: y, into: &screen)
    y += 1
    let room = area.bottom - y
    let shown = state.bookings.count > room ? max(0, room - 1) : state.bookings.count
    for booking in state.bookings.prefix(shown) {
        let last = "#\(booking.id) paid"
        drawSeatRow(booking.seat, price: Formatting.points(booking.price), last: last, columns: columns,
                    x: x, y: y, utcOffsetMinutes: state.utcOffsetMinutes, role: .normal, into: &screen)
        y += 1
    }
    if shown < state.bookings.count {
        screen.put("… and \(state.bookings.count - shown) more", x: x + 2, y: y, role: .dim)
    }
}
