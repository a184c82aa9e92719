/// Every way an engine call can fail, one case per row of SPEC.md's error table plus
/// input and storage problems. `code` is stable for scripts; `message` is for people.
public enum BookingError: Error, Sendable, Equatable {
    case tokenNotFound
    case tokenExpired
    case tokenNotActive(position: Int)
    case concertNotFound(ConcertID)
    case dateNotFound(DateID)
    case seatNotFound(SeatID)
    /// A section that the performance's venue does not have.
    case sectionNotFound(SectionID)
    /// Held or sold already; `seatNumber` names the first seat that was taken.
    case seatUnavailable(seatNumber: Int)
    case holdLimitReached(limit: Int)
    /// Best available found no section with `wanted` free seats (of the grade asked for).
    case notEnoughSeats(wanted: Int)
    case holdExpired
    case reservationNotFound(ReservationID)
    case notYourReservation(ReservationID)
    case alreadyPaid(ReservationID)
    case notEnoughPoints(balance: Int64, needed: Int64)
    case invalidAmount(InvalidAmountReason)
    case invalidUserName(NameProblem)
    /// A buyer's name that another buyer has already.
    case nameTaken(String)
    /// No credential, a malformed one, or a buyer key the database does not know.
    case unauthorized
    /// No buyer of this name exists.
    case buyerNotFound(String)
    /// An idempotency key used before for a different request.
    case idempotencyKeyReused
    /// An option that differs from the policy stored in the database (milliseconds for durations).
    case policyConflict(setting: PolicySetting, stored: Int64, requested: Int64)
    /// A request that makes no sense as a whole, such as an empty seat list.
    case invalidRequest(RequestProblem)
    /// A catalog file that cannot be loaded; `line` is 1-based, 0 when the whole file is at fault.
    case invalidCatalog(line: Int, problem: CatalogProblem)
    /// The database could not be used (busy, read-only, full, corrupt, too new).
    case storageFailure(StorageProblem)

    /// Why an amount of points was refused.
    public enum InvalidAmountReason: Sendable, Equatable {
        case notANumber
        case notPositive
        case overChargeLimit(limit: Int64)
        case overBalanceCeiling(ceiling: Int64, room: Int64)
    }
}

extension BookingError {
    /// A stable, machine-readable code, such as `SEAT_UNAVAILABLE`.
    public var code: String {
        switch self {
        case .tokenNotFound: "TOKEN_NOT_FOUND"
        case .tokenExpired: "TOKEN_EXPIRED"
        case .tokenNotActive: "TOKEN_NOT_ACTIVE"
        case .concertNotFound: "CONCERT_NOT_FOUND"
        case .dateNotFound: "DATE_NOT_FOUND"
        case .seatNotFound: "SEAT_NOT_FOUND"
        case .sectionNotFound: "SECTION_NOT_FOUND"
        case .seatUnavailable: "SEAT_UNAVAILABLE"
        case .holdLimitReached: "HOLD_LIMIT_REACHED"
        case .notEnoughSeats: "NOT_ENOUGH_SEATS"
        case .holdExpired: "HOLD_EXPIRED"
        case .reservationNotFound: "RESERVATION_NOT_FOUND"
        case .notYourReservation: "NOT_YOUR_RESERVATION"
        case .alreadyPaid: "ALREADY_PAID"
        case .notEnoughPoints: "NOT_ENOUGH_POINTS"
        case .invalidAmount: "INVALID_AMOUNT"
        case .invalidUserName: "INVALID_USER_NAME"
        case .nameTaken: "NAME_TAKEN"
        case .unauthorized: "UNAUTHORIZED"
        case .buyerNotFound: "BUYER_NOT_FOUND"
        case .idempotencyKeyReused: "IDEMPOTENCY_KEY_REUSED"
        case .policyConflict: "POLICY_CONFLICT"
        case .invalidRequest: "INVALID_REQUEST"
        case .invalidCatalog: "INVALID_CATALOG"
        case .storageFailure: "STORAGE_FAILURE"
        }
    }

    /// A sentence a buyer can act on.
    public var message: String {
        switch self {
        case .tokenNotFound:
            "Your place in line was not found. Join the line again."
        case .tokenExpired:
            "Your place in line has expired. Join the line again."
        case .tokenNotActive(let position):
            "You are still in line (position \(position)). Wait until you are admitted."
        case .concertNotFound(let id):
            "Concert \(id) does not exist. Pick a concert from the list."
        case .dateNotFound(let id):
            "Performance \(id) does not exist for this concert. Pick a date from the list."
        case .seatNotFound(let id):
            "Seat \(id) does not exist for this performance. Pick a seat on the map."
        case .sectionNotFound(let id):
            "Section \(id) is not part of this performance's venue. Pick a section from the overview."
        case .seatUnavailable:
            "A seat you picked was just taken by someone else. Pick another seat."
        case .holdLimitReached(let limit):
            "You can hold at most \(limit) seats at once. Pay for or release a hold first."
        case .notEnoughSeats(let wanted):
            "No section has \(wanted) free seat\(wanted == 1 ? "" : "s") left. Ask for fewer, or try another section or grade."
        case .holdExpired:
            "Your hold has expired and the seat was released. Pick the seat again."
        case .reservationNotFound(let id):
            "Reservation \(id) does not exist."
        case .notYourReservation(let id):
            "Reservation \(id) belongs to another buyer."
        case .alreadyPaid(let id):
            "Reservation \(id) is already paid."
        case .notEnoughPoints(let balance, let needed):
            "Not enough points: you have \(PointsText.grouped(balance)) and need \(PointsText.grouped(needed)). Top up \(PointsText.grouped(needed - balance)) points."
        case .invalidAmount(let reason):
            switch reason {
            case .notANumber: "Enter the amount as a whole number of points, digits only."
            case .notPositive: "Enter an amount of at least 1 point."
            case .overChargeLimit(let limit): "One top-up can be at most \(PointsText.grouped(limit)) points."
            case .overBalanceCeiling(let ceiling, let room):
                "A balance can be at most \(PointsText.grouped(ceiling)) points; you can add up to \(PointsText.grouped(room)) more."
            }
        case .invalidUserName(.said(let text)):
            "\(text)."
        case .invalidUserName(let problem):
            "That user name cannot be used: \(problem.english)."
        case .nameTaken(let name):
            "The name \(name) is taken. Pick another name."
        case .unauthorized:
            "Sign in with your buyer key. If you lost it, ask the box office for a new one."
        case .buyerNotFound(let name):
            "There is no buyer named \(name). Check the spelling."
        case .idempotencyKeyReused:
            "This request key was already used for a different request. Start the request again."
        case .policyConflict(let setting, let stored, let requested):
            "This database's \(setting.meaning) is \(setting.text(stored)) (you asked for \(setting.text(requested))). "
                + "Its policy belongs to the database: leave out --\(setting.rawValue), or change it for everyone with "
                + "`boxoffice config set \(setting.rawValue) \(setting.text(requested))`."
        case .invalidRequest(let problem):
            "\(problem.english)."
        case .invalidCatalog(let line, let problem):
            line > 0 ? "Catalog line \(line): \(problem.english)." : "Catalog: \(problem.english)."
        case .storageFailure(let problem):
            "The booking database cannot be used: \(problem.english)."
        }
    }
}

extension BookingError: CustomStringConvertible {
    public var description: String { "\(code): \(message)" }
}
