/// A venue's id.
public struct VenueID: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
}

/// A venue as a catalog declares it: its zone, its stage and its sections, best first.
public struct VenueLayout: Sendable, Equatable {
    public var name: String
    /// The IANA time zone its performances are shown in.
    public var timeZone: String
    public var stage: GridBox?
    /// In the venue's own order: the best section first (what best-available tries first).
    public var sections: [SectionLayout]

    public init(name: String, timeZone: String, stage: GridBox?, sections: [SectionLayout]) {
        self.name = name
        self.timeZone = timeZone
        self.stage = stage
        self.sections = sections
    }

    public var seatCount: Int { sections.reduce(0) { $0 + $1.seatCount } }
}

/// A section as a catalog declares it: name, grade, price, place on the drawing, rows.
public struct SectionLayout: Sendable, Equatable {
    public var name: String
    public var grade: String
    public var price: Int64
    public var place: GridBox
    /// From the front (nearest the stage) to the back.
    public var rows: [SectionRow]

    public init(name: String, grade: String, price: Int64, place: GridBox, rows: [SectionRow]) {
        self.name = name
        self.grade = grade
        self.price = price
        self.place = place
        self.rows = rows
    }

    public var seatCount: Int { rows.reduce(0) { $0 + $1.seats } }
}
