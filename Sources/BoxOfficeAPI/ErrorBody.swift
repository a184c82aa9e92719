import BookingEngine

/// Every error's body: `{"error": {"code": "…", "message": "…"}}`. Beyond API.md, the
/// figures the message speaks of, for clients that act on them (`position`, `seatNumber`,
/// `limit`, `balance`, `needed`, `id`, `reason`, `ceiling`, `room`, `character`); an
/// `INVALID_REQUEST`'s `reason` is its `RequestProblem` key, an `INVALID_USER_NAME`'s its
/// `NameProblem` key.
public struct ErrorBody: Codable, Sendable, Equatable {
    public var error: Detail

    /// The stable code, a sentence a person can act on, and its figures.
    public struct Detail: Codable, Sendable, Equatable {
        public var code: String
        public var message: String
        public var position: Int?
        public var seatNumber: Int?
        public var limit: Int64?
        public var balance: Int64?
        public var needed: Int64?
        public var id: Int64?
        public var reason: String?
        public var ceiling: Int64?
        public var room: Int64?
        public var character: String?
    }

    public init(code: String, message: String) {
        error = Detail(code: code, message: message)
    }

    /// The body of an engine error, with its figures.
    public init(_ failure: BookingError) {
        self.init(code: failure.code, message: failure.message)
        switch failure {
        case .tokenNotActive(let position): error.position = position
        case .seatUnavailable(let number): error.seatNumber = number
        case .holdLimitReached(let limit): error.limit = Int64(limit)
        case .notEnoughSeats(let wanted): error.limit = Int64(wanted)
        case .notEnoughPoints(let balance, let needed):
            error.balance = balance
            error.needed = needed
        case .concertNotFound(let id): error.id = id.rawValue
        case .dateNotFound(let id): error.id = id.rawValue
        case .seatNotFound(let id): error.id = id.rawValue
        case .sectionNotFound(let id): error.id = id.rawValue
        case .reservationNotFound(let id): error.id = id.rawValue
        case .notYourReservation(let id): error.id = id.rawValue
        case .alreadyPaid(let id): error.id = id.rawValue
        case .invalidAmount(let why):
            switch why {
            case .notANumber: error.reason = "notANumber"
            case .notPositive: error.reason = "notPositive"
            case .overChargeLimit(let limit):
                error.reason = "overChargeLimit"
                error.limit = limit
            case .overBalanceCeiling(let ceiling, let room):
                error.reason = "overBalanceCeiling"
                error.ceiling = ceiling
                error.room = room
            }
        case .invalidUserName(let problem):
            if case .said = problem { break }
            error.reason = problem.key
            if case .tooLong(let limit) = problem { error.limit = Int64(limit) }
            if case .character(let character) = problem { error.character = character }
        case .invalidRequest(let problem):
            if case .said = problem { break }
            error.reason = problem.key
            if case .tooManySeatsAskedFor(let limit) = problem { error.limit = Int64(limit) }
        default: break
        }
    }

    /// The engine error this body stands for. Codes of the HTTP edge alone (rate limits,
    /// routes, sizes, storage) and bodies without their figures become `invalidRequest`
    /// or `storageFailure` carrying the server's message.
    public var engineValue: BookingError {
        let e = error
        let sentence = e.message.hasSuffix(".") ? String(e.message.dropLast()) : e.message
        let said = BookingError.invalidRequest(.said(sentence))
        switch e.code {
        case "TOKEN_NOT_FOUND": return .tokenNotFound
        case "TOKEN_EXPIRED": return .tokenExpired
        case "TOKEN_NOT_ACTIVE": return .tokenNotActive(position: e.position ?? 0)
        case "HOLD_EXPIRED": return .holdExpired
        case "UNAUTHORIZED": return .unauthorized
        case "IDEMPOTENCY_KEY_REUSED": return .idempotencyKeyReused
        case "SEAT_UNAVAILABLE": return e.seatNumber.map { .seatUnavailable(seatNumber: $0) } ?? said
        case "HOLD_LIMIT_REACHED": return e.limit.map { .holdLimitReached(limit: Int($0)) } ?? said
        case "NOT_ENOUGH_SEATS": return e.limit.map { .notEnoughSeats(wanted: Int($0)) } ?? said
        case "NOT_ENOUGH_POINTS":
            guard let balance = e.balance, let needed = e.needed else { return said }
            return .notEnoughPoints(balance: balance, needed: needed)
        case "CONCERT_NOT_FOUND": return e.id.map { .concertNotFound(ConcertID($0)) } ?? said
        case "DATE_NOT_FOUND": return e.id.map { .dateNotFound(DateID($0)) } ?? said
        case "SEAT_NOT_FOUND": return e.id.map { .seatNotFound(SeatID($0)) } ?? said
        case "SECTION_NOT_FOUND": return e.id.map { .sectionNotFound(SectionID($0)) } ?? said
        case "RESERVATION_NOT_FOUND": return e.id.map { .reservationNotFound(ReservationID($0)) } ?? said
        case "NOT_YOUR_RESERVATION": return e.id.map { .notYourReservation(ReservationID($0)) } ?? said
        case "ALREADY_PAID": return e.id.map { .alreadyPaid(ReservationID($0)) } ?? said
        case "INVALID_AMOUNT":
            switch e.reason {
            case "notANumber": return .invalidAmount(.notANumber)
            case "notPositive": return .invalidAmount(.notPositive)
            case "overChargeLimit": return e.limit.map { .invalidAmount(.overChargeLimit(limit: $0)) } ?? said
            case "overBalanceCeiling":
                guard let ceiling = e.ceiling, let room = e.room else { return said }
                return .invalidAmount(.overBalanceCeiling(ceiling: ceiling, room: room))
            default: return said
            }
        case "INVALID_USER_NAME":
            return .invalidUserName(NameProblem(key: e.reason, limit: e.limit, character: e.character) ?? .said(sentence))
        case "INVALID_REQUEST": return e.reason.flatMap { RequestProblem(key: $0, limit: e.limit) }.map { .invalidRequest($0) } ?? said
        case "STORAGE_BUSY", "STORAGE_FAILURE": return .storageFailure(.said(e.message))
        default: return said
        }
    }
}
