import Yams

/// Reads a catalog's venue: name, zone, stage and sections with their rows, within the
/// limits the schema keeps (`SQLiteMigrations/0002-venues.sql`) and at most
/// `CatalogParser.maxSeats` seats.
enum CatalogVenueParser {
    static let maxSections = 200
    static let maxRows = 200
    static let maxSeatsPerRow = 500
    /// The venue drawing's grid: places run from 0 to 99, boxes up to 20 cells a side.
    static let maxPlace = 99
    static let maxBoxSide = 20

    static func venue(_ node: Node) throws(BookingError) -> CatalogDocument.VenueEntry {
        let fields = try CatalogYAML.fields(node, of: .venue, allowed: ["name", "zone", "stage", "sections"], required: ["name", "zone", "sections"])
        let name = try CatalogYAML.text(fields["name"]!, of: .venueName, length: 1...120)
        let zoneNode = fields["zone"]!
        let zone = try CatalogYAML.text(zoneNode, of: .venueZone, length: 1...64)
        guard LocalTime.isKnownZone(zone) else {
            throw .invalidCatalog(line: CatalogYAML.line(zoneNode), problem: .unknownZone(zone))
        }
        let stage = try fields["stage"].map { node throws(BookingError) in try box(node, of: .stage) }
        var sections: [SectionLayout] = []
        var lines: [String: Int] = [:]
        for sectionNode in try CatalogYAML.list(fields["sections"]!, of: .venueSections, limit: maxSections) {
            let section = try self.section(sectionNode)
            let line = CatalogYAML.line(sectionNode)
            if let first = lines[section.name] {
                throw .invalidCatalog(line: line, problem: .sectionDeclaredTwice(section: section.name, venue: name, firstLine: first))
            }
            if let other = sections.first(where: { overlaps($0.place, section.place) }) {
                throw .invalidCatalog(line: line, problem: .sectionsOverlap(section: section.name, other: other.name, otherLine: lines[other.name] ?? 0))
            }
            if let stage, overlaps(stage, section.place) {
                throw .invalidCatalog(line: line, problem: .sectionOverlapsStage(section: section.name))
            }
            lines[section.name] = line
            sections.append(section)
        }
        guard !sections.isEmpty else { throw .invalidCatalog(line: fields.line, problem: .noSections(venue: name)) }
        let venue = VenueLayout(name: name, timeZone: zone, stage: stage, sections: sections)
        guard venue.seatCount <= CatalogParser.maxSeats else {
            throw .invalidCatalog(line: fields.line, problem: .tooManySeats(venue: name, seats: venue.seatCount, limit: CatalogParser.maxSeats))
        }
        return CatalogDocument.VenueEntry(layout: venue, line: fields.line)
    }

    private static func section(_ node: Node) throws(BookingError) -> SectionLayout {
        let fields = try CatalogYAML.fields(
            node, of: .section, allowed: ["name", "grade", "price", "place", "rows", "labels"],
            required: ["name", "grade", "price", "place", "rows"])
        let nameNode = fields["name"]!
        let name = try CatalogYAML.text(nameNode, of: .sectionName, length: 1...8)
        guard !name.contains(where: { $0 == " " || $0 == "\t" || $0 == "·" }) else {
            throw .invalidCatalog(line: CatalogYAML.line(nameNode), problem: .sectionNameNotOneWord)
        }
        let grade = try CatalogYAML.text(fields["grade"]!, of: .grade, length: 1...12)
        let ceiling = Int(EngineConfiguration.schemaBalanceCeiling)
        let price = try CatalogYAML.number(fields["price"]!, of: .price, in: 1...ceiling)
        let place = try box(fields["place"]!, of: .sectionPlace)
        let lengths = try rows(fields["rows"]!)
        let letters: Bool
        switch try fields["labels"].map({ node throws(BookingError) in try CatalogYAML.text(node, of: .labels, length: 1...8) }) {
        case nil, "numbers": letters = false
        case "letters": letters = true
        default: throw .invalidCatalog(line: CatalogYAML.line(fields["labels"]!), problem: .rowLabels)
        }
        let rows = lengths.enumerated().map { SectionRow(label: letters ? letterLabel($0.offset) : "\($0.offset + 1)", seats: $0.element) }
        return SectionLayout(name: name, grade: grade, price: Int64(price), place: place, rows: rows)
    }

    /// `20 x 30` (20 rows of 30 seats) or a list of row lengths from the front, `[24, 26, 28]`.
    private static func rows(_ node: Node) throws(BookingError) -> [Int] {
        let line = CatalogYAML.line(node)
        if case .scalar(let scalar) = node {
            let parts = scalar.string.lowercased().split(separator: "x").map { $0.trimmingCharacters(in: " \t") }
            guard parts.count == 2, let count = CatalogNumber.parse(parts[0], in: 1...maxRows),
                  let seats = CatalogNumber.parse(parts[1], in: 1...maxSeatsPerRow)
            else {
                throw .invalidCatalog(line: line, problem: .rowsShape(maxRows: maxRows, maxSeats: maxSeatsPerRow))
            }
            return Array(repeating: seats, count: count)
        }
        var lengths: [Int] = []
        for item in try CatalogYAML.list(node, of: .rows, limit: maxRows) {
            lengths.append(try CatalogYAML.number(item, of: .rowLength, in: 1...maxSeatsPerRow))
        }
        guard !lengths.isEmpty else { throw .invalidCatalog(line: line, problem: .noRows) }
        return lengths
    }

    /// `[x, y]` or `[x, y, width, height]` on the venue's drawing grid.
    static func box(_ node: Node, of what: CatalogPart) throws(BookingError) -> GridBox {
        let items = try CatalogYAML.list(node, of: what, limit: 4)
        guard items.count == 2 || items.count == 4 else {
            throw .invalidCatalog(line: CatalogYAML.line(node), problem: .boxShape(what))
        }
        let x = try CatalogYAML.number(items[0], of: .x, in: 0...maxPlace)
        let y = try CatalogYAML.number(items[1], of: .y, in: 0...maxPlace)
        guard items.count == 4 else { return GridBox(x: x, y: y) }
        return GridBox(
            x: x, y: y, width: try CatalogYAML.number(items[2], of: .width, in: 1...maxBoxSide),
            height: try CatalogYAML.number(items[3], of: .height, in: 1...maxBoxSide))
    }

    private static func overlaps(_ a: GridBox, _ b: GridBox) -> Bool {
        a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom
    }

    /// A, B, …, Z, AA, AB, …
    static func letterLabel(_ index: Int) -> String {
        var label = ""
        var rest = index + 1
        while rest > 0 {
            rest -= 1
            label = String(UnicodeScalar(UInt8(65 + rest % 26))) + label
            rest /= 26
        }
        return label
    }
}
