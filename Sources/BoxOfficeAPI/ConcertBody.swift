import BookingEngine

/// A concert with its upcoming dates (API.md's Concert).
public struct ConcertBody: Codable, Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var venue: String
    public var dates: [ConcertDateBody]

    public init(_ concert: Concert) {
        id = concert.id.rawValue
        title = concert.title
        venue = concert.venue
        dates = concert.dates.map(ConcertDateBody.init)
    }

    /// The engine's value, or nil when a field is out of shape.
    public var engineValue: Concert? {
        let dates = dates.compactMap(\.engineValue)
        guard dates.count == self.dates.count else { return nil }
        return Concert(id: ConcertID(id), title: title, venue: venue, dates: dates)
    }
}

/// One performance (API.md's ConcertDate).
public struct ConcertDateBody: Codable, Sendable, Equatable {
    public var id: Int64
    public var concertId: Int64
    public var startsAt: String
    public var seatsFree: Int
    public var seatsTotal: Int
    /// Beyond API.md: the venue's IANA time zone, in which the date is shown.
    public var timeZone: String?

    public init(_ date: ConcertDate) {
        id = date.id.rawValue
        concertId = date.concertID.rawValue
        startsAt = APITime.format(date.startsAt)
        seatsFree = date.freeSeats
        seatsTotal = date.seatCount
        timeZone = date.timeZone
    }

    /// The engine's value, or nil when a field is out of shape.
    public var engineValue: ConcertDate? {
        guard let starts = APITime.parse(startsAt) else { return nil }
        return ConcertDate(
            id: DateID(id), concertID: ConcertID(concertId), startsAt: starts, seatCount: seatsTotal, freeSeats: seatsFree,
            timeZone: timeZone ?? "UTC")
    }
}
