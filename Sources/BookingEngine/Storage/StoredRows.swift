/// A queue token as stored.
public struct TokenRow: Sendable, Equatable {
    /// The two stored states of a token.
    public enum Status: String, Sendable {
        case waiting
        case active
    }

    /// The token's number in line, issued in order and never reused.
    public var number: Int64
    public var secret: String
    public var buyer: String
    public var status: Status
    /// When the token ends: in line time while waiting, in engine time once active.
    public var expiresAt: Int64
    public var issuedAt: Int64

    public init(number: Int64, secret: String, buyer: String, status: Status, expiresAt: Int64, issuedAt: Int64) {
        self.number = number
        self.secret = secret
        self.buyer = buyer
        self.status = status
        self.expiresAt = expiresAt
        self.issuedAt = issuedAt
    }

    /// The id a buyer holds for this token.
    public var id: TokenID { TokenID(secret: secret, sequence: number) }
}

/// A waiting token's number and expiry (line time): what lapse counting and keep-alives handle.
public struct WaiterExpiry: Sendable, Equatable {
    public var number: Int64
    public var expiresAt: Int64

    public init(number: Int64, expiresAt: Int64) {
        self.number = number
        self.expiresAt = expiresAt
    }
}

/// One node of the lapse tree (see `LapseTree`): the lapses it counts and, on a bucket's
/// own node, which numbers of the bucket have lapsed.
public struct LapseNode: Sendable, Equatable {
    public var lapses: Int64
    public var bits: UInt64

    public init(lapses: Int64 = 0, bits: UInt64 = 0) {
        self.lapses = lapses
        self.bits = bits
    }
}

/// A reservation as stored.
public struct ReservationRow: Sendable, Equatable {
    /// The stored states of a reservation.
    public enum Status: String, Sendable {
        case held
        case confirmed
        case canceled
    }

    public var id: ReservationID
    public var seat: SeatID
    public var buyer: String
    public var status: Status
    public var price: Int64
    public var expiresAt: Int64
    public var payment: PaymentID?

    public init(
        id: ReservationID, seat: SeatID, buyer: String, status: Status, price: Int64, expiresAt: Int64, payment: PaymentID?
    ) {
        self.id = id
        self.seat = seat
        self.buyer = buyer
        self.status = status
        self.price = price
        self.expiresAt = expiresAt
        self.payment = payment
    }

    /// Held or sold at `now`: what keeps the seat from anyone else.
    public func isLive(at now: Int64) -> Bool {
        status == .confirmed || (status == .held && expiresAt > now)
    }
}

/// A seat with what a hold needs: its label, price, start time and its live reservation,
/// if any (a held one may be past its deadline and waiting for the sweep).
public struct SeatRow: Sendable, Equatable {
    public var id: SeatID
    public var label: SeatLabel
    public var price: Int64
    public var reservation: ReservationRow?

    public init(id: SeatID, label: SeatLabel, price: Int64, reservation: ReservationRow?) {
        self.id = id
        self.label = label
        self.price = price
        self.reservation = reservation
    }
}

/// A request that succeeded under an idempotency key, and what it answered.
public struct IdempotentRecord: Sendable, Equatable {
    /// What was asked, in `IdempotencyKey.request` form: a key reused for another request is refused.
    public var request: String
    /// The payment's id for a payment; the ledger entry's id for a top-up.
    public var result: Int64

    public init(request: String, result: Int64) {
        self.request = request
        self.result = result
    }
}

/// A performance as stored, with its concert and its venue's time zone.
public struct PerformanceRow: Sendable, Equatable {
    public var concert: ConcertID
    public var title: String
    public var venue: String
    public var startsAt: Int64
    public var timeZone: String

    public init(concert: ConcertID, title: String, venue: String, startsAt: Int64, timeZone: String) {
        self.concert = concert
        self.title = title
        self.venue = venue
        self.startsAt = startsAt
        self.timeZone = timeZone
    }
}
