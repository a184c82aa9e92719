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
    screen.put(state.text(ScreenKey.holdsHeading), x: x, y: y, role: .emphasis)
    if !state.holds.isEmpty {
        screen.putRight(state.text(ScreenKey.payBeforeTheyRunOut), right: x + width, y: y, role: .dim)
    }
    y += 1
    if state.holds.isEmpty {
        screen.put(state.text(ScreenKey.noSeatsHeld), x: x + 2, y: y, role: .dim)
        y += 1
    } else {
        let entries = state.holds.map { hold in
            SeatTableEntry(label: hold.seat, price: hold.price, last: state.text(ScreenKey.timeLeft, Formatting.countdown(until: hold.expiresAt, now: state.now)),
                           role: .mine)
        }
        y += drawSeatTable(entries, cursor: nil, columns: columns, x: x, y: y, lines: 2 * entries.count, state: state,
                           into: &screen)
    }
    y += 1
    screen.put(state.text(ScreenKey.confirmedBookings), x: x, y: y, role: .emphasis)
    y += 1
    guard !state.bookings.isEmpty else {
        let text = state.text(state.inFlight.contains(.loadingBookings) ? ScreenKey.loadingList : ScreenKey.noBookingsYet)
        screen.put(text, x: x + 2, y: y, role: .dim)
        return
    }
    drawSeatTableHeader(columns, last: state.text(ScreenKey.columnBooking), state: state, x: x, y: y, into: &screen)
    y += 1
    let rows = BookingsLayout.listRows(height: screen.height, holdCount: state.holds.count)
    let offset = min(state.bookingsScroll, max(0, state.bookings.count - rows))
    let top = y
    let entries = state.bookings.dropFirst(offset).prefix(rows).map { booking in
        SeatTableEntry(label: booking.seat, price: booking.price, last: state.text(ScreenKey.bookingPaid, booking.id), role: .normal)
    }
    y += drawSeatTable(entries, cursor: nil, columns: columns, x: x, y: y, lines: area.bottom - y - 1, state: state,
                       into: &screen)
    if offset > 0 { screen.putRight(state.text(ScreenKey.moreBookingsAbove, offset), right: x + width, y: top - 2, role: .dim) }
    if offset + rows < state.bookings.count {
        screen.put(state.text(ScreenKey.moreBookingsBelow, state.bookings.count - offset - rows), x: x + 2, y: y, role: .dim)
    }
}
