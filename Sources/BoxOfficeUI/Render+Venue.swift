import BookingEngine

/// The venue at a glance: the stage, every section as a block in its place coloured by its
/// grade with its free and total seats, then the grades' prices, the section under the
/// cursor and the buyer's holds. Counts come from the overview, never from seats.
func renderVenue(_ state: AppState, into screen: inout Screen, area: Area) {
    guard let venue = state.venue else {
        let text = state.text(state.inFlight.contains(.loadingVenue) ? ScreenKey.loadingVenue : ScreenKey.noVenue)
        screen.putCentered(text, in: area, y: area.y + 3, role: .dim)
        return
    }
    screen.putCentered(VenueText.dateLine(venue.date, venue: venue.venue, state), in: area, y: area.y, role: .dim)
    let drawing = VenueDrawing(venue, area: VenueDrawing.drawingArea(in: area))
    if let stage = venue.stage { drawStageBlock(drawing.frame(of: stage), label: state.text(ScreenKey.stage), into: &screen) }
    let ranks = Dictionary(venue.grades.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: min)
    for (index, section) in venue.sections.enumerated() {
        let role: StyleRole = index == state.sectionCursor ? .cursor : .grade(rank: ranks[section.grade] ?? 4)
        drawSectionBlock(section, frame: drawing.frame(of: section.place), role: role, soldOut: state.text(ScreenKey.soldOut), into: &screen)
    }
    drawGradeLegend(venue.grades, sections: venue.sections, y: area.bottom - 3, area: area, into: &screen)
    if venue.sections.indices.contains(state.sectionCursor) {
        let text = VenueText.sectionLine(venue.sections[state.sectionCursor], state)
        screen.putCentered(text, in: area, y: area.bottom - 2, role: .emphasis)
    }
    screen.putCentered(VenueText.venueHint(state), in: area, y: area.bottom - 1, role: state.holds.isEmpty ? .dim : .mine)
}

private func drawStageBlock(_ frame: Area, label stage: String, into screen: inout Screen) {
    screen.clear(x: frame.x, y: frame.y, width: frame.width, height: frame.height, role: .stage)
    let label = TerminalColumns.truncate(stage, to: frame.width)
    screen.put(label, x: frame.x + (frame.width - TerminalColumns.width(of: label)) / 2, y: frame.y + (frame.height - 1) / 2, role: .stage)
}

/// A section's block: its name and grade, its free/total seats (or "sold out"), and its
/// price when the block is tall enough.
private func drawSectionBlock(_ section: SectionSummary, frame: Area, role: StyleRole, soldOut: String, into screen: inout Screen) {
    screen.clear(x: frame.x, y: frame.y, width: frame.width, height: frame.height, role: role)
    let named = section.name + " " + section.grade
    var lines = [TerminalColumns.width(of: named) <= frame.width ? named : section.name]
    if section.freeSeats == 0 {
        lines.append(soldOut)
    } else {
        let counts = ["\(section.freeSeats)/\(section.seatCount)", "\(section.freeSeats)"]
        lines.append(counts.first { TerminalColumns.width(of: $0) <= frame.width } ?? counts[1])
    }
    lines.append(Formatting.points(section.price))
    for (offset, line) in lines.prefix(frame.height).enumerated() {
        screen.put(TerminalColumns.truncate(line, to: frame.width), x: frame.x, y: frame.y + offset, role: role)
    }
}

/// ` VIP  198,000    R  176,000    B  66,000–88,000 …`, each grade's name in its colour and
/// its prices (a range when its sections differ).
private func drawGradeLegend(_ grades: [SeatGrade], sections: [SectionSummary], y: Int, area: Area, into screen: inout Screen) {
    func prices(_ grade: SeatGrade) -> String {
        let all = sections.filter { $0.grade == grade.name }.map(\.price)
        let low = all.min() ?? grade.price
        let high = all.max() ?? grade.price
        return low == high ? Formatting.points(high) : Formatting.points(low) + "–" + Formatting.points(high)
    }
    let items = grades.enumerated().map {
        (mark: " \($0.element.name) ", text: " \(prices($0.element))   ", role: StyleRole.grade(rank: $0.offset))
    }
    let total = items.reduce(0) { $0 + TerminalColumns.width(of: $1.mark) + TerminalColumns.width(of: $1.text) } - 3
    guard total <= area.width else {
        screen.putCentered(grades.map { "\($0.name) \(prices($0))" }.joined(separator: " · "), in: area, y: y, role: .normal)
        return
    }
    var x = area.x + (area.width - total) / 2
    for item in items {
        x += screen.put(item.mark, x: x, y: y, role: item.role)
        x += screen.put(item.text, x: x, y: y, role: .normal)
    }
}
