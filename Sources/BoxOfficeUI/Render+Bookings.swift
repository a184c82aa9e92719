import BookingEngine

/// Where the bookings screen puts its list of confirmed bookings; the reducer scrolls by it.
enum BookingsLayout {
    /// Rows of confirmed bookings that fit under the holds on a terminal `height` rows high,
    /// with a line left for "▼ more".
    static func listRows(height: Int, holdCount: Int) -> Int {
        max(1, (height - 11 - max(1, holdCount) * 2) / 2)
    }
}

/// Live holds (with their countdowns) and confirmed bookings, newest first; the bookings
/// scroll when they do not fit.
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
        let entries = state.holds.map { hold in
            SeatTableEntry(label: hold.seat, price: hold.price, last: Formatting.countdown(until: hold.expiresAt, now: state.now) + " left",
                           role: .mine)
        }
        y += drawSeatTable(entries, cursor: nil, columns: columns, x: x, y: y, lines: 2 * entries.count, buyerZone: state.timeZone,
                           into: &screen)
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
    let rows = BookingsLayout.listRows(height: screen.height, holdCount: state.holds.count)
    let offset = min(state.bookingsScroll, max(0, state.bookings.count - rows))
    let top = y
    let entries = state.bookings.dropFirst(offset).prefix(rows).map { booking in
        SeatTableEntry(label: booking.seat, price: booking.price, last: "#\(booking.id) paid", role: .normal)
    }
    y += drawSeatTable(entries, cursor: nil, columns: columns, x: x, y: y, lines: area.bottom - y - 1, buyerZone: state.timeZone,
                       into: &screen)
    if offset > 0 { screen.putRight("▲ \(offset) more (↑ PgUp g)", right: x + width, y: top - 2, role: .dim) }
    if offset + rows < state.bookings.count {
        screen.put("▼ \(state.bookings.count - offset - rows) more (↓ PgDn G)", x: x + 2, y: y, role: .dim)
    }
}
