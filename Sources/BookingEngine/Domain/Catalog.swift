/// A concert with the performances that are still ahead.
public struct Concert: Sendable, Equatable, Identifiable {
    public let id: ConcertID
    public let title: String
    public let venue: String
    /// Upcoming performances in date order, sold-out ones included (their `freeSeats` is 0).
    public let dates: [ConcertDate]

    public init(id: ConcertID, title: String, venue: String, dates: [ConcertDate]) {
        self.id = id
        self.title = title
        self.venue = venue
        self.dates = dates
    }
}

/// One performance of a concert and how many of its seats are free right now.
public struct ConcertDate: Sendable, Equatable, Identifiable {
    public let id: DateID
    public let concertID: ConcertID
    public let startsAt: Timestamp
    public let seatCount: Int
    public let freeSeats: Int
    /// The venue's IANA time zone: the performance is shown in it (`19:00 KST`).
    public let timeZone: String

    public init(id: DateID, concertID: ConcertID, startsAt: Timestamp, seatCount: Int, freeSeats: Int, timeZone: String = "UTC") {
        self.id = id
        self.concertID = concertID
        self.startsAt = startsAt
        self.seatCount = seatCount
        self.freeSeats = freeSeats
        self.timeZone = timeZone
    }

    public var isSoldOut: Bool { freeSeats == 0 }
}

/// A price grade (VIP, R, S, …) and what its seats cost.
public struct SeatGrade: Sendable, Equatable {
    public let name: String
    public let price: Int64

    public init(name: String, price: Int64) {
        self.name = name
        self.price = price
    }
}

/// A seat's state as seen by the buyer who asked.
public enum SeatState: Sendable, Equatable {
    case free
    /// Held by another buyer, who may still pay or let it go.
    case held
    /// Sold to another buyer.
    case sold
    /// Held by the asking buyer until the deadline.
    case heldByYou(ReservationID, until: Timestamp)
    /// Bought by the asking buyer.
    case boughtByYou
}

/// One seat of one performance.
public struct Seat: Sendable, Equatable, Identifiable {
    public let id: SeatID
    /// 1-based seat number within the performance, in the venue's section and row order.
    public let number: Int
    public let grade: String
    public let price: Int64
    public let state: SeatState
    /// The seat's section, row label and number in its row.
    public let section: String
    public let row: String
    public let seatInRow: Int

    public init(
        id: SeatID, number: Int, grade: String, price: Int64, state: SeatState, section: String = "", row: String = "",
        seatInRow: Int = 0
    ) {
        self.id = id
        self.number = number
        self.grade = grade
        self.price = price
        self.state = state
        self.section = section
        self.row = row
        self.seatInRow = seatInRow
    }

    /// "F2 · row 12 · seat 7" (see `SeatPlace`); "seat 26" for a seat placed in no section.
    public var place: String {
        section.isEmpty ? "seat \(number)" : SeatPlace.text(section: section, row: row, seat: seatInRow)
    }
}

/// Every seat of a performance, in seat-number order, with its concert and grades.
public struct SeatMap: Sendable, Equatable {
    public let concert: ConcertID
    public let concertTitle: String
    public let venue: String
    public let date: ConcertDate
    public let seats: [Seat]
    /// The grades used by these seats, most expensive first.
    public let grades: [SeatGrade]
    /// The engine time at which the map was read.
    public let checkedAt: Timestamp

    public init(
        concert: ConcertID, concertTitle: String, venue: String, date: ConcertDate,
        seats: [Seat], grades: [SeatGrade], checkedAt: Timestamp
    ) {
        self.concert = concert
        self.concertTitle = concertTitle
        self.venue = venue
        self.date = date
        self.seats = seats
        self.grades = grades
        self.checkedAt = checkedAt
    }
}

/// What a catalog load added.
public struct CatalogSummary: Sendable, Equatable, Codable {
    public let concerts: Int
    public let dates: Int
    public let seats: Int
    /// Seats the catalog marked as sold elsewhere.
    public let soldSeats: Int

    public init(concerts: Int, dates: Int, seats: Int, soldSeats: Int) {
        self.concerts = concerts
        self.dates = dates
        self.seats = seats
        self.soldSeats = soldSeats
    }
}
