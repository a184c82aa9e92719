import Yams

/// Reads a catalog: a YAML document of venues (sections, rows, prices, zone) and concerts
/// (their venue and dates). See `assets/demo-catalog.yaml` for a commented example.
///
/// Every problem is reported as `invalidCatalog` naming the line and what to fix; a file
/// with any problem loads nothing. Messages never repeat a control character from the
/// file: such characters are refused and named by code point.
public enum CatalogParser {
    /// The most seats one performance may have.
    public static let maxSeats = 60_000
    static let maxVenues = 100
    static let maxConcerts = 1_000
    static let maxDates = 1_000

    public static func parse(_ text: String) throws(BookingError) -> CatalogDocument {
        try refuseControlCharacters(text)
        try refuseOldFormat(text)
        let root = try CatalogYAML.root(text)
        let fields = try CatalogYAML.fields(root, of: .catalog, allowed: ["venues", "concerts"], required: ["venues", "concerts"])
        var venues: [CatalogDocument.VenueEntry] = []
        for node in try CatalogYAML.list(fields["venues"]!, of: .venues, limit: maxVenues) {
            let venue = try CatalogVenueParser.venue(node)
            if let first = venues.first(where: { $0.layout.name == venue.layout.name }) {
                throw .invalidCatalog(line: venue.line, problem: .venueDeclaredTwice(venue: venue.layout.name, firstLine: first.line))
            }
            venues.append(venue)
        }
        var concerts: [CatalogDocument.ConcertEntry] = []
        for node in try CatalogYAML.list(fields["concerts"]!, of: .concerts, limit: maxConcerts) {
            concerts.append(try concert(node, venues: venues))
        }
        guard !concerts.isEmpty else { throw .invalidCatalog(line: CatalogYAML.line(fields["concerts"]!), problem: .noConcerts) }
        return CatalogDocument(venues: venues, concerts: concerts)
    }

    private static func concert(_ node: Node, venues: [CatalogDocument.VenueEntry]) throws(BookingError) -> CatalogDocument.ConcertEntry {
        let fields = try CatalogYAML.fields(node, of: .concert, allowed: ["title", "venue", "dates"], required: ["title", "venue", "dates"])
        let title = try CatalogYAML.text(fields["title"]!, of: .concertTitle, length: 1...120)
        let venueNode = fields["venue"]!
        let venueName = try CatalogYAML.text(venueNode, of: .concertVenue, length: 1...120)
        guard let venue = venues.first(where: { $0.layout.name == venueName })?.layout else {
            throw .invalidCatalog(
                line: CatalogYAML.line(venueNode), problem: .unknownVenue(venue: venueName, declared: venues.map(\.layout.name)))
        }
        let dateNodes = try CatalogYAML.list(fields["dates"]!, of: .concertDates, limit: maxDates)
        guard !dateNodes.isEmpty else { throw .invalidCatalog(line: fields.line, problem: .noDates(concert: title)) }
        var dates: [CatalogDocument.DateEntry] = []
        for dateNode in dateNodes { dates.append(try CatalogDateParser.date(dateNode, venue: venue)) }
        return CatalogDocument.ConcertEntry(title: title, venue: venueName, dates: dates, line: fields.line)
    }

    /// Control characters (C0 including NUL, DEL and C1, which carry terminal escape
    /// sequences) are refused wherever they are, tabs aside.
    private static func refuseControlCharacters(_ text: String) throws(BookingError) {
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (index, line) in lines.enumerated() {
            if let (scalar, column) = CatalogText.firstControlCharacter(in: line) {
                throw .invalidCatalog(line: index + 1, problem: .controlCharacter(column: column, code: CatalogText.name(scalar)))
            }
        }
    }

    /// The line format before venues (`concert:`, `grade:` and `date:` lines) is not YAML
    /// this reader accepts: say so, and what to write instead, rather than a YAML error.
    private static func refuseOldFormat(_ text: String) throws(BookingError) {
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: " \t")
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard trimmed.lowercased().hasPrefix("concert:") else { return }
            throw .invalidCatalog(line: index + 1, problem: .oldFormat)
        }
    }
}

extension String {
    func trimmingCharacters(in characters: String) -> String {
        String(drop(while: { characters.contains($0) }).reversed().drop(while: { characters.contains($0) }).reversed())
    }
}

extension Substring {
    func trimmingCharacters(in characters: String) -> String {
        String(self).trimmingCharacters(in: characters)
    }
}
