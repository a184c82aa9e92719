import BookingEngine

/// A paid seat (API.md's Booking). Beyond API.md: `payment` and where the seat is.
public struct BookingBody: Codable, Sendable, Equatable {
    public var id: Int64
    public var seatId: Int64
    public var dateId: Int64
    public var label: String
    public var price: Int64
    public var paidAt: String
    public var payment: Int64
    public var concertTitle: String
    public var startsAt: String
    public var seatNumber: Int
    public var grade: String
    /// The seat's section, row and number in its row, and the venue's IANA time zone.
    public var section: String?
    public var row: String?
    public var seatInRow: Int?
    public var timeZone: String?

    public init(_ booking: Booking) {
        id = booking.id.rawValue
        seatId = booking.seat.seatID.rawValue
        dateId = booking.seat.dateID.rawValue
        label = booking.seat.place
        price = booking.price
        paidAt = APITime.format(booking.paidAt)
        payment = booking.payment.rawValue
        concertTitle = booking.seat.concertTitle
        startsAt = APITime.format(booking.seat.startsAt)
        seatNumber = booking.seat.seatNumber
        grade = booking.seat.grade
        section = booking.seat.section
        row = booking.seat.row
        seatInRow = booking.seat.seatInRow
        timeZone = booking.seat.timeZone
    }

    /// The engine's value, or nil when a field is out of shape.
    public var engineValue: Booking? {
        guard let paid = APITime.parse(paidAt), let starts = APITime.parse(startsAt) else { return nil }
        let seat = SeatLabel(
            seatID: SeatID(seatId), concertTitle: concertTitle, dateID: DateID(dateId), startsAt: starts, seatNumber: seatNumber, grade: grade,
            section: section ?? "", row: row ?? "", seatInRow: seatInRow ?? 0, timeZone: timeZone ?? "UTC")
        return Booking(id: ReservationID(id), payment: PaymentID(payment), seat: seat, price: price, paidAt: paid)
    }
}

/// A payment's outcome (API.md's Receipt). The same for the first answer and a replay,
/// so a replay's body equals the first; the status code tells them apart (201, then 200).
public struct ReceiptBody: Codable, Sendable, Equatable {
    public var payment: Int64
    public var amount: Int64
    /// The buyer's balance right after the payment.
    public var balance: Int64
    public var bookings: [BookingBody]
    public var paidAt: String

    public init(_ receipt: Receipt) {
        payment = receipt.payment.rawValue
        amount = receipt.amount
        balance = receipt.balanceAfter
        bookings = receipt.bookings.map(BookingBody.init)
        paidAt = APITime.format(receipt.paidAt)
    }

    /// The engine's value (`wasAlreadyPaid` as the status code said), or nil when a field
    /// is out of shape.
    public func engineValue(wasAlreadyPaid: Bool) -> Receipt? {
        let bookings = bookings.compactMap(\.engineValue)
        guard bookings.count == self.bookings.count, let paid = APITime.parse(paidAt) else { return nil }
        return Receipt(
            payment: PaymentID(payment), bookings: bookings, amount: amount, balanceAfter: balance, paidAt: paid, wasAlreadyPaid: wasAlreadyPaid)
    }
}

/// `GET /bookings`'s answer: live holds and paid seats.
public struct BookingsBody: Codable, Sendable, Equatable {
    public var holds: [HoldBody]
    public var bookings: [BookingBody]

    public init(holds: [Hold], bookings: [Booking]) {
        self.holds = holds.map(HoldBody.init)
        self.bookings = bookings.map(BookingBody.init)
    }
}
