import BookingEngine

/// Every seat of a performance (API.md's SeatMap). Beyond API.md: the concert, the date's
/// figures, the grades and `checkedAt`, so that a client can draw the map from this alone.
public struct SeatMapBody: Codable, Sendable, Equatable {
    public var dateId: Int64
    public var seats: [SeatBody]
    public var concertId: Int64
    public var concertTitle: String
    public var venue: String
    public var startsAt: String
    /// The venue's IANA time zone.
    public var timeZone: String?
    public var seatsFree: Int
    public var seatsTotal: Int
    public var grades: [GradeBody]
    public var checkedAt: String

    /// A price grade.
    public struct GradeBody: Codable, Sendable, Equatable {
        public var name: String
        public var price: Int64
    }

    public init(_ map: SeatMap) {
        dateId = map.date.id.rawValue
        seats = map.seats.map(SeatBody.init)
        concertId = map.concert.rawValue
        concertTitle = map.concertTitle
        venue = map.venue
        startsAt = APITime.format(map.date.startsAt)
        timeZone = map.date.timeZone
        seatsFree = map.date.freeSeats
        seatsTotal = map.date.seatCount
        grades = map.grades.map { GradeBody(name: $0.name, price: $0.price) }
        checkedAt = APITime.format(map.checkedAt)
    }

    /// The engine's value, or nil when a field is out of shape.
    public var engineValue: SeatMap? {
        let seats = seats.compactMap(\.engineValue)
        guard seats.count == self.seats.count, let starts = APITime.parse(startsAt), let checked = APITime.parse(checkedAt) else { return nil }
        let date = ConcertDate(
            id: DateID(dateId), concertID: ConcertID(concertId), startsAt: starts, seatCount: seatsTotal, freeSeats: seatsFree,
            timeZone: timeZone ?? "UTC")
        return SeatMap(
            concert: ConcertID(concertId), concertTitle: concertTitle, venue: venue, date: date, seats: seats,
            grades: grades.map { SeatGrade(name: $0.name, price: $0.price) }, checkedAt: checked)
    }
}

/// One seat and its state for the asking buyer: `free`, `held`, `sold`, `heldByYou` (with
/// `reservationId` and `heldUntil`) or `yours`.
public struct SeatBody: Codable, Sendable, Equatable {
    public var id: Int64
    /// Where the seat is, as every screen names it: "F2 · row 12 · seat 7".
    public var label: String
    /// The seat's number in the performance, in the venue's section and row order.
    public var number: Int
    public var section: String?
    public var row: String?
    public var seatInRow: Int?
    public var grade: String
    public var price: Int64
    public var state: String
    public var reservationId: Int64?
    public var heldUntil: String?

    public init(_ seat: Seat) {
        id = seat.id.rawValue
        label = seat.place
        number = seat.number
        section = seat.section
        row = seat.row
        seatInRow = seat.seatInRow
        grade = seat.grade
        price = seat.price
        switch seat.state {
        case .free: state = "free"
        case .held: state = "held"
        case .sold: state = "sold"
        case .boughtByYou: state = "yours"
        case .heldByYou(let reservation, let until):
            state = "heldByYou"
            reservationId = reservation.rawValue
            heldUntil = APITime.format(until)
        }
    }

    /// The engine's value, or nil when a field is out of shape.
    public var engineValue: Seat? {
        let seatState: SeatState
        switch state {
        case "free": seatState = .free
        case "held": seatState = .held
        case "sold": seatState = .sold
        case "yours": seatState = .boughtByYou
        case "heldByYou":
            guard let reservationId, let until = heldUntil.flatMap(APITime.parse) else { return nil }
            seatState = .heldByYou(ReservationID(reservationId), until: until)
        default: return nil
        }
        return Seat(
            id: SeatID(id), number: number, grade: grade, price: price, state: seatState, section: section ?? "", row: row ?? "",
            seatInRow: seatInRow ?? 0)
    }
}
