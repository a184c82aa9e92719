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
        let fields = try CatalogYAML.fields(root, of: "the catalog", allowed: ["venues", "concerts"], required: ["venues", "concerts"])
        var venues: [CatalogDocument.VenueEntry] = []
        for node in try CatalogYAML.list(fields["venues"]!, of: "venues", limit: maxVenues) {
            let venue = try CatalogVenueParser.venue(node)
            if let first = venues.first(where: { $0.layout.name == venue.layout.name }) {
                throw .invalidCatalog(line: venue.line, problem: "venue \(venue.layout.name) is declared twice (first on line \(first.line)); rename one")
            }
            venues.append(venue)
        }
        var concerts: [CatalogDocument.ConcertEntry] = []
        for node in try CatalogYAML.list(fields["concerts"]!, of: "concerts", limit: maxConcerts) {
            concerts.append(try concert(node, venues: venues))
        }
        guard !concerts.isEmpty else { throw .invalidCatalog(line: CatalogYAML.line(fields["concerts"]!), problem: "it has no concerts") }
        return CatalogDocument(venues: venues, concerts: concerts)
    }

    private static func concert(_ node: Node, venues: [CatalogDocument.VenueEntry]) throws(BookingError) -> CatalogDocument.ConcertEntry {
        let fields = try CatalogYAML.fields(node, of: "a concert", allowed: ["title", "venue", "dates"], required: ["title", "venue", "dates"])
        let title = try CatalogYAML.text(fields["title"]!, of: "a concert's title", length: 1...120)
        let venueNode = fields["venue"]!
        let venueName = try CatalogYAML.text(venueNode, of: "a concert's venue", length: 1...120)
        guard let venue = venues.first(where: { $0.layout.name == venueName })?.layout else {
            let known = venues.map(\.layout.name).joined(separator: ", ")
            throw .invalidCatalog(
                line: CatalogYAML.line(venueNode),
                problem: "no venue is named \(venueName); declare it under \"venues:\"" + (known.isEmpty ? "" : " (declared: \(known))"))
        }
        let dateNodes = try CatalogYAML.list(fields["dates"]!, of: "a concert's dates", limit: maxDates)
        guard !dateNodes.isEmpty else { throw .invalidCatalog(line: fields.line, problem: "concert \(title) has no dates") }
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
                throw .invalidCatalog(
                    line: index + 1,
                    problem: "column \(column) holds the control character \(CatalogText.name(scalar)); "
                        + "catalog text cannot hold control characters, remove it")
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
            throw .invalidCatalog(
                line: index + 1,
                problem: "this is the old catalog format (\"concert:\", \"grade:\" and \"date:\" lines); catalogs are YAML now, "
                    + "with venues (zone, sections, rows, prices) and concerts: rewrite it like assets/demo-catalog.yaml")
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
