extension AppState {
    /// How far PgUp and PgDn move in a list: about the rows that fit on the screen; in a
    /// section, the rows of seats shown at once.
    var pageRows: Int {
        if screen == .seatGrid, let section { return max(1, SeatGridLayout(section, area: bodyArea, cursor: seatCursor).visibleRows) }
        if screen == .venue { return 2 }
        return max(1, height - 10)
    }

    /// Moves the cursor of the screen's list (or the hall) by `rows` and `columns`, staying
    /// inside it; on the bookings screen the list of confirmed bookings scrolls instead.
    mutating func move(rows: Int, columns: Int) -> [Effect] {
        switch screen {
        case .concerts:
            dateCursor = clamp(dateCursor + rows, count: dateChoices.count)
        case .checkout:
            holdCursor = clamp(holdCursor + rows, count: holds.count)
        case .bookings:
            bookingsScroll = clamp(bookingsScroll + rows, count: bookings.count - bookingRows + 1)
        case .venue:
            moveSectionCursor(rows: rows, columns: columns)
        case .seatGrid:
            moveSeatCursor(rows: rows, columns: columns)
        case .waitingRoom, .receipt, .points:
            break
        }
        return []
    }

    /// `g`/`G`, Home/End: the first or last entry of a list; on the overview the best or the
    /// last section; in a section, the first or last seat.
    mutating func moveToEnd(last: Bool) -> [Effect] {
        switch screen {
        case .venue:
            let count = venue?.sections.count ?? 0
            if count > 0 { sectionCursor = last ? count - 1 : 0 }
            return []
        case .seatGrid:
            let count = section?.states.count ?? 0
            if count > 0 { seatCursor = last ? count - 1 : 0 }
            return []
        default:
            return move(rows: last ? Int(Int32.max) : -Int(Int32.max), columns: 0)
        }
    }

    /// Whether the screen's list has more than one place for the cursor (or more than fits).
    var hasSomewhereToMove: Bool {
        switch screen {
        case .concerts: dateChoices.count > 1
        case .checkout: holds.count > 1
        case .bookings: bookings.count > bookingRows
        case .venue: (venue?.sections.count ?? 0) > 1
        case .seatGrid: true
        case .waitingRoom, .receipt, .points: false
        }
    }

    /// Confirmed bookings that fit on the bookings screen.
    var bookingRows: Int {
        BookingsLayout.listRows(height: height, holdCount: holds.count)
    }

    /// Scrolls the help text by `lines`, within what does not fit.
    mutating func scrollHelp(by lines: Int) {
        let hidden = HelpLayout(state: self).hiddenRows
        helpScroll = min(max(0, helpScroll + lines), hidden)
    }

    /// How far a movement key scrolls the help text.
    func helpScrollStep(for movement: Command) -> Int {
        let page = max(1, HelpLayout(state: self).visibleRows - 1)
        switch movement {
        case .moveUp: return -1
        case .pageUp: return -page
        case .moveToTop: return -Int(Int32.max)
        case .pageDown: return page
        case .moveToBottom: return Int(Int32.max)
        default: return 1
        }
    }

    func clamp(_ index: Int, count: Int) -> Int {
        min(max(0, index), max(0, count - 1))
    }
}
