import BookingEngine

extension AppState {
    /// The concert list arrived.
    mutating func receiveConcerts(_ list: [Concert]) -> [Effect] {
        inFlight.remove(.loadingConcerts)
        let firstLoad = concerts.isEmpty
        concerts = list
        if firstLoad, let firstOpen = dateChoices.firstIndex(where: { !$0.date.isSoldOut }) {
            dateCursor = firstOpen
        } else {
            dateCursor = min(dateCursor, max(0, dateChoices.count - 1))
        }
        scheduleRefresh(of: .concerts, readAt: now)
        return []
    }

    /// A section's seats arrived; seats picked but meanwhile taken by others leave the selection.
    mutating func receiveSection(_ seats: SectionSeats) -> [Effect] {
        inFlight.remove(.loadingSeats)
        guard seats.date == selectedDate, seats.section.id == selectedSection else { return [] }
        let isFirstLoad = section == nil
        section = seats
        let taken = selection.filter { id in seats.index(of: id).map { seats.states[$0] != .free } ?? true }
        if !taken.isEmpty {
            selection.removeAll { taken.contains($0) }
            let places = taken.compactMap { id in seats.index(of: id).map { VenueText.place(in: seats, at: $0, language) } }
            say(.selectionSeatTaken, places.joined(separator: ", "), kind: .warning)
        }
        if isFirstLoad {
            seatCursor = seats.states.firstIndex(of: .free) ?? 0
        } else {
            seatCursor = min(seatCursor, max(0, seats.states.count - 1))
        }
        scheduleRefresh(of: .seatGrid, readAt: seats.checkedAt)
        return []
    }

    /// Moves the seat cursor by whole rows or seats, staying inside the section; moving to
    /// a shorter or longer row keeps the seat number as near as the row allows.
    mutating func moveSeatCursor(rows: Int, columns: Int) {
        guard let section, !section.states.isEmpty else { return }
        let (row, number) = section.position(of: seatCursor)
        let newRow = min(max(0, row + rows), section.rows.count - 1)
        let newNumber = min(max(1, number + columns), section.rows[newRow].seats)
        seatCursor = section.index(row: newRow, number: newNumber) ?? seatCursor
    }

    /// Space on a seat (or a click): add it to the selection or take it out.
    mutating func toggleSeat(_ index: Int) -> [Effect] {
        guard let section, section.states.indices.contains(index) else { return [] }
        seatCursor = index
        let id = section.seatID(at: index)
        let place = VenueText.place(in: section, at: index, language)
        if let picked = selection.firstIndex(of: id) {
            selection.remove(at: picked)
            return []
        }
        switch section.states[index] {
        case .free:
            guard selectionRoom > 0 else {
                if holds.isEmpty {
                    say(.holdAtMost, configuration.holdLimit, kind: .warning)
                } else {
                    say(.holdAtMostHolding, configuration.holdLimit, holds.count, kind: .warning)
                }
                return []
            }
            selection.append(id)
            status = nil
        case .held, .sold:
            say(.seatTaken, place, kind: .warning)
        case .heldByYou:
            say(.alreadyHoldSeat, place)
        case .boughtByYou:
            say(.alreadyBoughtSeat, place)
        }
        return []
    }

    /// Enter on the section: hold the selection, or go to checkout when nothing is selected.
    mutating func holdSelection() -> [Effect] {
        guard !selection.isEmpty else {
            if !holds.isEmpty { return openCheckout() }
            say(.selectSeatsFirst, kind: .warning)
            return []
        }
        guard let token = activeToken else { return tokenUnusable() }
        return launch(.hold(token, selection))
    }

    /// A mouse click: on the overview it picks a section, on a section the seat under the pointer.
    mutating func click(x: Int, y: Int) -> [Effect] {
        guard !isTooSmall else { return [] }
        let panelCoversBody = inspector != nil && InspectorPanel.sideWidth(forTerminalWidth: width) == 0
        guard !panelCoversBody else { return [] }
        switch screen {
        case .venue:
            return clickVenue(x: x, y: y)
        case .seatGrid:
            guard let section else { return [] }
            let layout = SeatGridLayout(section, area: bodyArea, cursor: seatCursor)
            guard let index = layout.seat(atX: x, y: y) else { return [] }
            return toggleSeat(index)
        default:
            return []
        }
    }

    /// Explains that the token cannot be used and how to get a new one.
    mutating func tokenUnusable() -> [Effect] {
        say(.shoppingTimeOver, kind: .error)
        return []
    }
}

extension SectionSeats {
    /// The index in `states` of seat `id`, when it is one of this section's.
    func index(of id: SeatID) -> Int? {
        let index = Int(id.rawValue - firstSeat.rawValue)
        return states.indices.contains(index) ? index : nil
    }
}
