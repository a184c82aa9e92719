import BookingEngine

/// A box on a venue's drawing grid.
public struct GridBoxBody: Codable, Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(_ box: GridBox) {
        x = box.x
        y = box.y
        width = box.width
        height = box.height
    }

    public var engineValue: GridBox { GridBox(x: x, y: y, width: width, height: height) }
}

/// One section at a glance: its place, grade, price and free/total seats.
public struct SectionBody: Codable, Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var grade: String
    public var price: Int64
    public var place: GridBoxBody
    /// The section's rank in the venue's order: 0 is the best.
    public var order: Int
    public var rows: Int
    public var seatsFree: Int
    public var seatsTotal: Int

    public init(_ section: SectionSummary) {
        id = section.id.rawValue
        name = section.name
        grade = section.grade
        price = section.price
        place = GridBoxBody(section.place)
        order = section.order
        rows = section.rowCount
        seatsFree = section.freeSeats
        seatsTotal = section.seatCount
    }

    public var engineValue: SectionSummary {
        SectionSummary(
            id: SectionID(id), name: name, grade: grade, price: price, place: place.engineValue, order: order, rowCount: rows,
            seatCount: seatsTotal, freeSeats: seatsFree)
    }
}

/// `GET /concerts/{c}/dates/{d}/sections`: the venue overview of a performance.
public struct VenueOverviewBody: Codable, Sendable, Equatable {
    public var dateId: Int64
    public var concertId: Int64
    public var concertTitle: String
    public var venue: String
    public var timeZone: String
    public var startsAt: String
    public var seatsFree: Int
    public var seatsTotal: Int
    public var stage: GridBoxBody?
    public var sections: [SectionBody]
    public var checkedAt: String

    public init(_ overview: VenueOverview) {
        dateId = overview.date.id.rawValue
        concertId = overview.concert.rawValue
        concertTitle = overview.concertTitle
        venue = overview.venue
        timeZone = overview.timeZone
        startsAt = APITime.format(overview.date.startsAt)
        seatsFree = overview.date.freeSeats
        seatsTotal = overview.date.seatCount
        stage = overview.stage.map(GridBoxBody.init)
        sections = overview.sections.map(SectionBody.init)
        checkedAt = APITime.format(overview.checkedAt)
    }

    public var engineValue: VenueOverview? {
        guard let starts = APITime.parse(startsAt), let checked = APITime.parse(checkedAt) else { return nil }
        let date = ConcertDate(
            id: DateID(dateId), concertID: ConcertID(concertId), startsAt: starts, seatCount: seatsTotal, freeSeats: seatsFree,
            timeZone: timeZone)
        return VenueOverview(
            concert: ConcertID(concertId), concertTitle: concertTitle, venue: venue, timeZone: timeZone, stage: stage?.engineValue,
            date: date, sections: sections.map(\.engineValue), checkedAt: checked)
    }
}

/// `GET /concerts/{c}/dates/{d}/sections/{s}/seats`: a section row by row. Seat ids run
/// on from `firstSeatId` in row order; each row lists its seats' states (`free`, `held`,
/// `sold`, `heldByYou`, `yours`), and `yourHolds` the asking buyer's holds in it.
public struct SectionSeatsBody: Codable, Sendable, Equatable {
    public var dateId: Int64
    public var section: SectionBody
    public var firstSeatId: Int64
    public var rows: [RowBody]
    public var yourHolds: [YourHold]
    public var checkedAt: String

    /// One row: its label and its seats' states from seat 1.
    public struct RowBody: Codable, Sendable, Equatable {
        public var label: String
        public var states: [String]
    }

    /// A seat held by the asking buyer.
    public struct YourHold: Codable, Sendable, Equatable {
        public var seatId: Int64
        public var reservationId: Int64
        public var heldUntil: String
    }

    public init(_ seats: SectionSeats) {
        dateId = seats.date.rawValue
        section = SectionBody(seats.section)
        firstSeatId = seats.firstSeat.rawValue
        var yours: [YourHold] = []
        rows = seats.rows.enumerated().map { row, info in
            let start = seats.rowStarts[row]
            return RowBody(label: info.label, states: (start..<(start + info.seats)).map { index in
                switch seats.states[index] {
                case .free: return "free"
                case .held: return "held"
                case .sold: return "sold"
                case .boughtByYou: return "yours"
                case .heldByYou(let reservation, let until):
                    yours.append(YourHold(seatId: seats.seatID(at: index).rawValue, reservationId: reservation.rawValue, heldUntil: APITime.format(until)))
                    return "heldByYou"
                }
            })
        }
        yourHolds = yours
        checkedAt = APITime.format(seats.checkedAt)
    }

    public var engineValue: SectionSeats? {
        guard let checked = APITime.parse(checkedAt) else { return nil }
        var holds: [Int64: (ReservationID, Timestamp)] = [:]
        for hold in yourHolds {
            guard let until = APITime.parse(hold.heldUntil) else { return nil }
            holds[hold.seatId] = (ReservationID(hold.reservationId), until)
        }
        var states: [SeatState] = []
        for state in rows.flatMap(\.states) {
            switch state {
            case "free": states.append(.free)
            case "held": states.append(.held)
            case "sold": states.append(.sold)
            case "yours": states.append(.boughtByYou)
            case "heldByYou":
                guard let (reservation, until) = holds[firstSeatId + Int64(states.count)] else { return nil }
                states.append(.heldByYou(reservation, until: until))
            default: return nil
            }
        }
        return SectionSeats(
            date: DateID(dateId), section: section.engineValue, rows: rows.map { SectionRow(label: $0.label, seats: $0.states.count) },
            firstSeat: SeatID(firstSeatId), states: states, checkedAt: checked)
    }
}

/// `POST /reservations/best`: hold `count` seats together (or nearest split) in the best
/// section, optionally one section or one grade.
public struct BestRequest: Codable, Sendable, Equatable {
    public var dateId: Int64
    public var count: Int
    public var section: Int64?
    public var grade: String?

    public init(dateId: Int64, count: Int, section: Int64?, grade: String?) {
        self.dateId = dateId
        self.count = count
        self.section = section
        self.grade = grade
    }
}
