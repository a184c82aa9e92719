import BookingEngine

/// A live hold (API.md's Hold). Beyond API.md: where the seat is (concert, start, number,
/// grade) and `heldAt`.
public struct HoldBody: Codable, Sendable, Equatable {
    public var id: Int64
    public var seatId: Int64
    public var dateId: Int64
    public var label: String
    public var price: Int64
    public var expiresAt: String
    public var heldAt: String
    public var concertTitle: String
    public var startsAt: String
    public var seatNumber: Int
    public var grade: String
    /// The seat's section, row and number in its row, and the venue's IANA time zone.
    public var section: String?
    public var row: String?
    public var seatInRow: Int?
    public var timeZone: String?

    public init(_ hold: Hold) {
        id = hold.id.rawValue
        seatId = hold.seat.seatID.rawValue
        dateId = hold.seat.dateID.rawValue
        label = hold.seat.place
        price = hold.price
        expiresAt = APITime.format(hold.expiresAt)
        heldAt = APITime.format(hold.heldAt)
        concertTitle = hold.seat.concertTitle
        startsAt = APITime.format(hold.seat.startsAt)
        seatNumber = hold.seat.seatNumber
        grade = hold.seat.grade
        section = hold.seat.section
        row = hold.seat.row
        seatInRow = hold.seat.seatInRow
        timeZone = hold.seat.timeZone
    }

    /// The engine's value, or nil when a field is out of shape.
    public var engineValue: Hold? {
        guard let expires = APITime.parse(expiresAt), let held = APITime.parse(heldAt), let starts = APITime.parse(startsAt) else { return nil }
        let seat = SeatLabel(
            seatID: SeatID(seatId), concertTitle: concertTitle, dateID: DateID(dateId), startsAt: starts, seatNumber: seatNumber, grade: grade,
            section: section ?? "", row: row ?? "", seatInRow: seatInRow ?? 0, timeZone: timeZone ?? "UTC")
        return Hold(id: ReservationID(id), seat: seat, price: price, heldAt: held, expiresAt: expires)
    }
}

/// `POST /reservations`'s answer: `{"holds": [Hold]}`.
public struct HoldsBody: Codable, Sendable, Equatable {
    public var holds: [HoldBody]

    public init(_ holds: [Hold]) {
        self.holds = holds.map(HoldBody.init)
    }
}
