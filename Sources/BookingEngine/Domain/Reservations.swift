/// Where a seat is: which concert, which performance, which seat.
public struct SeatLabel: Sendable, Equatable {
    /// The seat itself.
    public let seatID: SeatID
    public let concertTitle: String
    public let dateID: DateID
    public let startsAt: Timestamp
    /// The seat's number within the performance (its order in the venue).
    public let seatNumber: Int
    public let grade: String
    /// The seat's section, row label and number in its row.
    public let section: String
    public let row: String
    public let seatInRow: Int
    /// The venue's IANA time zone, in which `startsAt` is shown.
    public let timeZone: String

    public init(
        seatID: SeatID, concertTitle: String, dateID: DateID, startsAt: Timestamp, seatNumber: Int, grade: String,
        section: String = "", row: String = "", seatInRow: Int = 0, timeZone: String = "UTC"
    ) {
        self.seatID = seatID
        self.concertTitle = concertTitle
        self.dateID = dateID
        self.startsAt = startsAt
        self.seatNumber = seatNumber
        self.grade = grade
        self.section = section
        self.row = row
        self.seatInRow = seatInRow
        self.timeZone = timeZone
    }

    /// "F2 · row 12 · seat 7" (see `SeatPlace`); "seat 26" for a seat placed in no section.
    public var place: String {
        section.isEmpty ? "seat \(seatNumber)" : SeatPlace.text(section: section, row: row, seat: seatInRow)
    }
}

/// A live, unpaid hold on one seat.
public struct Hold: Sendable, Equatable, Identifiable {
    public let id: ReservationID
    public let seat: SeatLabel
    public let price: Int64
    public let heldAt: Timestamp
    /// The hold is gone from this moment on unless paid before.
    public let expiresAt: Timestamp

    public init(id: ReservationID, seat: SeatLabel, price: Int64, heldAt: Timestamp, expiresAt: Timestamp) {
        self.id = id
        self.seat = seat
        self.price = price
        self.heldAt = heldAt
        self.expiresAt = expiresAt
    }
}

/// A paid, confirmed seat.
public struct Booking: Sendable, Equatable, Identifiable {
    public let id: ReservationID
    public let payment: PaymentID
    public let seat: SeatLabel
    public let price: Int64
    public let paidAt: Timestamp

    public init(id: ReservationID, payment: PaymentID, seat: SeatLabel, price: Int64, paidAt: Timestamp) {
        self.id = id
        self.payment = payment
        self.seat = seat
        self.price = price
        self.paidAt = paidAt
    }
}

/// The outcome of a payment.
public struct Receipt: Sendable, Equatable {
    public let payment: PaymentID
    public let bookings: [Booking]
    public let amount: Int64
    /// The buyer's balance right after this payment was made.
    public let balanceAfter: Int64
    public let paidAt: Timestamp
    /// True when this call was a retry of a payment already made: nothing was charged now.
    public let wasAlreadyPaid: Bool

    public init(
        payment: PaymentID, bookings: [Booking], amount: Int64, balanceAfter: Int64,
        paidAt: Timestamp, wasAlreadyPaid: Bool
    ) {
        self.payment = payment
        self.bookings = bookings
        self.amount = amount
        self.balanceAfter = balanceAfter
        self.paidAt = paidAt
        self.wasAlreadyPaid = wasAlreadyPaid
    }
}

/// One change to a buyer's points.
public struct LedgerEntry: Sendable, Equatable, Identifiable {
    /// Why the balance changed.
    public enum Kind: String, Sendable, Equatable {
        case charge
        case payment
    }

    public let id: Int64
    public let kind: Kind
    /// Always positive; `kind` says which way it went.
    public let amount: Int64
    public let balanceAfter: Int64
    public let at: Timestamp
    public let payment: PaymentID?

    public init(id: Int64, kind: Kind, amount: Int64, balanceAfter: Int64, at: Timestamp, payment: PaymentID?) {
        self.id = id
        self.kind = kind
        self.amount = amount
        self.balanceAfter = balanceAfter
        self.at = at
        self.payment = payment
    }
}
