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

    /// Enter on the concert list: open the highlighted date's seats, unless it is sold out.
    mutating func chooseDate() -> [Effect] {
        let choices = dateChoices
        guard choices.indices.contains(dateCursor) else { return [] }
        let date = choices[dateCursor].date
        if date.isSoldOut {
            say(.dateSoldOut, kind: .warning)
            return []
        }
        if selectedDate != date.id {
            selectedDate = date.id
            seatMap = nil
            selection = []
            seatCursor = 1
        }
        return show(.seatGrid)
    }

    /// A seat map arrived; seats picked but meanwhile taken by others leave the selection.
    mutating func receiveSeatMap(_ map: SeatMap) -> [Effect] {
        inFlight.remove(.loadingSeats)
        guard map.date.id == selectedDate else { return [] }
        let isFirstLoad = seatMap == nil
        seatMap = map
        let taken = selection.filter { number in map.seats.first { $0.number == number }?.state != .free }
        if !taken.isEmpty {
            selection.removeAll { taken.contains($0) }
            let list = taken.map(String.init).joined(separator: ", ")
            say(.selectionSeatTaken, list, kind: .warning)
        }
        if isFirstLoad, let firstFree = map.seats.first(where: { $0.state == .free }) {
            seatCursor = firstFree.number
        }
        scheduleRefresh(of: .seatGrid, readAt: map.checkedAt)
        return []
    }

    /// Moves the seat cursor by whole rows or seats, staying inside the hall.
    mutating func moveSeatCursor(rows: Int, columns: Int) {
        let count = seatMap?.seats.count ?? 0
        guard count > 0 else { return }
        let perRow = SeatGridLayout.seatsPerRow
        let index = seatCursor - 1
        var column = index % perRow + columns
        var row = index / perRow + rows
        column = min(max(0, column), perRow - 1)
        row = min(max(0, row), (count - 1) / perRow)
        seatCursor = min(row * perRow + column + 1, count)
    }

    /// Space on a seat (or a click): add it to the selection or take it out.
    mutating func toggleSeat(_ number: Int) -> [Effect] {
        guard let seat = seatMap?.seats.first(where: { $0.number == number }) else { return [] }
        seatCursor = number
        if let index = selection.firstIndex(of: number) {
            selection.remove(at: index)
            return []
        }
        switch seat.state {
        case .free:
            guard selectionRoom > 0 else {
                if holds.isEmpty {
                    say(.holdAtMost, configuration.holdLimit, kind: .warning)
                } else {
                    say(.holdAtMostHolding, configuration.holdLimit, holds.count, kind: .warning)
                }
                return []
            }
            selection.append(number)
            status = nil
        case .held, .sold:
            say(.seatTaken, number, kind: .warning)
        case .heldByYou:
            say(.alreadyHoldSeat, number)
        case .boughtByYou:
            say(.alreadyBoughtSeat, number)
        }
        return []
    }

    /// Enter on the seat grid: hold the selection, or go to checkout when nothing is selected.
    mutating func holdSelection() -> [Effect] {
        guard !selection.isEmpty else {
            if !holds.isEmpty { return openCheckout() }
            say(.selectSeatsFirst, kind: .warning)
            return []
        }
        guard let token = activeToken else { return tokenUnusable() }
        guard let map = seatMap else { return [] }
        let ids = selection.compactMap { number in map.seats.first { $0.number == number }?.id }
        return launch(.hold(token, ids))
    }

    /// A mouse click: on the seat grid it picks the seat under the pointer.
    mutating func click(x: Int, y: Int) -> [Effect] {
        guard screen == .seatGrid, let map = seatMap, !isTooSmall else { return [] }
        let panelCoversGrid = inspector != nil && InspectorPanel.sideWidth(forTerminalWidth: width) == 0
        guard !panelCoversGrid else { return [] }
        let layout = SeatGridLayout(width: mainWidth(forTerminalWidth: width), height: height, seatCount: map.seats.count)
        guard let number = layout.seat(atX: x, y: y) else { return [] }
        return toggleSeat(number)
    }

    /// Explains that the token cannot be used and how to get a new one.
    mutating func tokenUnusable() -> [Effect] {
        say(.shoppingTimeOver, kind: .error)
        return []
    }
}
