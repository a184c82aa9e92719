import BookingEngine

extension AppState {
    /// Enter on the concert list: open the highlighted date's venue, unless it is sold out.
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
            venue = nil
            selectedSection = nil
            section = nil
            selection = []
            sectionCursor = 0
        }
        return show(.venue)
    }

    /// The venue overview arrived; the cursor stays on its section, or starts on the best
    /// section with seats free.
    mutating func receiveVenue(_ overview: VenueOverview) -> [Effect] {
        inFlight.remove(.loadingVenue)
        guard overview.date.id == selectedDate else { return [] }
        let highlighted = venue?.sections.indices.contains(sectionCursor) == true ? venue?.sections[sectionCursor].id : nil
        if let highlighted, let index = overview.sections.firstIndex(where: { $0.id == highlighted }) {
            sectionCursor = index
        } else {
            sectionCursor = overview.sections.firstIndex { $0.freeSeats > 0 } ?? 0
        }
        venue = overview
        scheduleRefresh(of: .venue, readAt: overview.checkedAt)
        return []
    }

    /// Moves the overview's cursor to the nearest section in a direction on the drawing.
    mutating func moveSectionCursor(rows: Int, columns: Int) {
        guard let sections = venue?.sections, sections.indices.contains(sectionCursor) else { return }
        let here = sections[sectionCursor].place
        let (cx, cy) = (2 * here.x + here.width, 2 * here.y + here.height)
        let candidates = sections.indices.filter { index in
            let place = sections[index].place
            let (x, y) = (2 * place.x + place.width, 2 * place.y + place.height)
            return (columns > 0 && x > cx) || (columns < 0 && x < cx) || (rows > 0 && y > cy) || (rows < 0 && y < cy)
        }
        let best = candidates.min { a, b in
            func score(_ index: Int) -> (Int, Int) {
                let place = sections[index].place
                let (x, y) = (2 * place.x + place.width, 2 * place.y + place.height)
                let along = columns != 0 ? abs(x - cx) : abs(y - cy)
                let across = columns != 0 ? abs(y - cy) : abs(x - cx)
                return (along + 3 * across, sections[index].order)
            }
            return score(a) < score(b)
        }
        if let best { sectionCursor = best }
    }

    /// Enter on the overview (or a click on a section): open the section's rows.
    mutating func openSection(_ index: Int? = nil) -> [Effect] {
        guard let sections = venue?.sections else { return [] }
        let chosen = index ?? sectionCursor
        guard sections.indices.contains(chosen) else { return [] }
        sectionCursor = chosen
        let target = sections[chosen]
        if selectedSection != target.id {
            selectedSection = target.id
            section = nil
            selection = []
            seatCursor = 0
        }
        if target.freeSeats == 0 { say(.sectionSoldOut, target.name, kind: .warning) }
        return show(.seatGrid)
    }

    /// A click on the overview: the section under the pointer is highlighted, and opened
    /// when it already was.
    mutating func clickVenue(x: Int, y: Int) -> [Effect] {
        guard let venue else { return [] }
        let drawing = VenueDrawing(venue, area: venueArea)
        guard let index = drawing.section(atX: x, y: y) else { return [] }
        if index == sectionCursor { return openSection(index) }
        sectionCursor = index
        return []
    }

    /// Where the screens draw their body for the current terminal size.
    var bodyArea: Area {
        Area(x: 0, y: 2, width: mainWidth(forTerminalWidth: width), height: height - 4)
    }

    /// Where the overview draws the venue.
    var venueArea: Area { VenueDrawing.drawingArea(in: bodyArea) }
}
