import Yams

/// Reads a concert's date: when, in the venue's zone, and the seats sold at the box office
/// (`sold: all`, or entries naming a section, a row of it, or seats of a row).
enum CatalogDateParser {
    static func date(_ node: Node, venue: VenueLayout) throws(BookingError) -> CatalogDocument.DateEntry {
        let fields = try CatalogYAML.fields(node, of: .date, allowed: ["at", "sold"], required: ["at"])
        let atNode = fields["at"]!
        let when = try CatalogTimeParser.parse(
            try CatalogYAML.text(atNode, of: .dateTime, length: 1...40), zone: venue.timeZone, line: CatalogYAML.line(atNode))
        var sold: Set<CatalogDocument.SoldSeat> = []
        if let soldNode = fields["sold"] {
            if case .scalar(let scalar) = soldNode, scalar.string == "all" {
                for (section, layout) in venue.sections.enumerated() {
                    for index in 0..<layout.seatCount { sold.insert(.init(section: section, index: index)) }
                }
            } else {
                let entries = try CatalogYAML.list(soldNode, of: .soldSeats, limit: 10_000)
                for entry in entries { sold.formUnion(try seats(entry, venue: venue)) }
            }
        }
        return CatalogDocument.DateEntry(when: when, soldSeats: sold.sorted(), line: fields.line)
    }

    /// `F2` (the whole section), `F2 12` (a row), `F2 12 1-4,9` (seats of a row).
    private static func seats(_ node: Node, venue: VenueLayout) throws(BookingError) -> [CatalogDocument.SoldSeat] {
        let line = CatalogYAML.line(node)
        let text = try CatalogYAML.text(node, of: .soldEntry, length: 1...200)
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard (1...3).contains(parts.count) else { throw .invalidCatalog(line: line, problem: .soldEntryShape) }
        guard let sectionIndex = venue.sections.firstIndex(where: { $0.name == parts[0] }) else {
            throw .invalidCatalog(line: line, problem: .noSuchSection(venue: venue.name, section: parts[0]))
        }
        let section = venue.sections[sectionIndex]
        if parts.count == 1 { return (0..<section.seatCount).map { .init(section: sectionIndex, index: $0) } }
        guard let row = section.rows.firstIndex(where: { $0.label == parts[1] }) else {
            throw .invalidCatalog(line: line, problem: .noSuchRow(section: section.name, row: parts[1]))
        }
        let start = section.rows[..<row].reduce(0) { $0 + $1.seats }
        let length = section.rows[row].seats
        let numbers = parts.count == 3 ? try seatList(parts[2], upTo: length, line: line) : Array(1...length)
        return numbers.map { .init(section: sectionIndex, index: start + $0 - 1) }
    }

    /// `1-10,15,22-25` → [1…10, 15, 22…25], each within the row's `length` seats.
    private static func seatList(_ text: String, upTo length: Int, line: Int) throws(BookingError) -> [Int] {
        var seats: [Int] = []
        for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = piece.split(separator: "-", omittingEmptySubsequences: false).map { CatalogNumber.parse($0, in: 1...length) }
            guard (1...2).contains(bounds.count), let low = bounds.first ?? nil, let high = bounds.last ?? nil, high >= low else {
                throw .invalidCatalog(line: line, problem: .notASeatList(String(piece), seats: length))
            }
            seats.append(contentsOf: low...high)
        }
        return seats
    }
}
