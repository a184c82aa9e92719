/// A part of a catalog file that a `CatalogProblem` speaks of: an entry, a list or a field,
/// as the reader knows it by its key. `english` is the noun phrase the English sentences use.
public enum CatalogPart: String, Sendable, Equatable, CaseIterable {
    case catalog, venues, venue, venueName, venueZone, stage, venueSections
    case section, sectionName, grade, price, sectionPlace, labels, rows, rowLength, x, y, width, height
    case concerts, concert, concertTitle, concertVenue, concertDates
    case date, dateTime, soldSeats, soldEntry

    /// The part as an English noun phrase: `a concert's title`.
    public var english: String {
        switch self {
        case .catalog: "the catalog"
        case .venues: "venues"
        case .venue: "a venue"
        case .venueName: "a venue's name"
        case .venueZone: "a venue's zone"
        case .stage: "the stage"
        case .venueSections: "a venue's sections"
        case .section: "a section"
        case .sectionName: "a section's name"
        case .grade: "a grade"
        case .price: "the price"
        case .sectionPlace: "a section's place"
        case .labels: "labels"
        case .rows: "rows"
        case .rowLength: "a row's length"
        case .x: "x"
        case .y: "y"
        case .width: "the width"
        case .height: "the height"
        case .concerts: "concerts"
        case .concert: "a concert"
        case .concertTitle: "a concert's title"
        case .concertVenue: "a concert's venue"
        case .concertDates: "a concert's dates"
        case .date: "a date"
        case .dateTime: "a date's time"
        case .soldSeats: "sold seats (\"all\", or a list)"
        case .soldEntry: "a sold entry"
        }
    }
}
