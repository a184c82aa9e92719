/// A performance's venue at a glance: every section with its place on the drawing, grade,
/// price and free/total seats, read from counts the store keeps (never by counting seats).
public struct VenueOverview: Sendable, Equatable {
    public let concert: ConcertID
    public let concertTitle: String
    public let venue: String
    /// The venue's IANA time zone, in which its performances are shown.
    public let timeZone: String
    /// Where the stage is drawn, on the same grid as the sections; nil when not placed.
    public let stage: GridBox?
    /// The performance with its seats, free and all.
    public let date: ConcertDate
    /// The sections in the venue's own order, best first.
    public let sections: [SectionSummary]
    /// The engine time at which the overview was read.
    public let checkedAt: Timestamp

    public init(
        concert: ConcertID, concertTitle: String, venue: String, timeZone: String, stage: GridBox?, date: ConcertDate,
        sections: [SectionSummary], checkedAt: Timestamp
    ) {
        self.concert = concert
        self.concertTitle = concertTitle
        self.venue = venue
        self.timeZone = timeZone
        self.stage = stage
        self.date = date
        self.sections = sections
        self.checkedAt = checkedAt
    }

    /// The grades of the venue, most expensive first (by their dearest section).
    public var grades: [SeatGrade] {
        var prices: [String: Int64] = [:]
        for section in sections { prices[section.grade] = max(prices[section.grade] ?? 0, section.price) }
        return prices.map { SeatGrade(name: $0.key, price: $0.value) }.sorted { ($0.price, $1.name) > ($1.price, $0.name) }
    }
}
