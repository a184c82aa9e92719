import BookingEngine

/// A buyer-facing sentence for each engine error code. The engine keeps codes (and the
/// figures they speak of); the words are derived here, in the buyer's language.
public enum ErrorKey: String, CatalogKey {
    case tokenNotFound, tokenExpired, tokenNotActive, concertNotFound, dateNotFound, seatNotFound, sectionNotFound
    case seatUnavailable, holdLimitReached, notEnoughSeatsOne, notEnoughSeatsMany, holdExpired, reservationNotFound, notYourReservation, alreadyPaid
    case notEnoughPoints, amountNotANumber, amountNotPositive, amountOverChargeLimit, amountOverBalanceCeiling
    case invalidUserName, nameTaken, unauthorized, buyerNotFound, idempotencyKeyReused, policyConflict
    case invalidRequest, invalidCatalogLine, invalidCatalogFile, storageFailure
}

extension Language {
    /// The sentence a buyer reads for `error`, in this language.
    public func message(for error: BookingError) -> String {
        let points = PointsText.grouped
        switch error {
        case .tokenNotFound: return text(ErrorKey.tokenNotFound)
        case .tokenExpired: return text(ErrorKey.tokenExpired)
        case .tokenNotActive(let position): return text(ErrorKey.tokenNotActive, position)
        case .concertNotFound(let id): return text(ErrorKey.concertNotFound, id)
        case .dateNotFound(let id): return text(ErrorKey.dateNotFound, id)
        case .seatNotFound(let id): return text(ErrorKey.seatNotFound, id)
        case .sectionNotFound(let id): return text(ErrorKey.sectionNotFound, id)
        case .seatUnavailable: return text(ErrorKey.seatUnavailable)
        case .notEnoughSeats(let wanted): return text(wanted == 1 ? ErrorKey.notEnoughSeatsOne : ErrorKey.notEnoughSeatsMany, wanted)
        case .holdLimitReached(let limit): return text(ErrorKey.holdLimitReached, limit)
        case .holdExpired: return text(ErrorKey.holdExpired)
        case .reservationNotFound(let id): return text(ErrorKey.reservationNotFound, id)
        case .notYourReservation(let id): return text(ErrorKey.notYourReservation, id)
        case .alreadyPaid(let id): return text(ErrorKey.alreadyPaid, id)
        case .notEnoughPoints(let balance, let needed):
            return text(ErrorKey.notEnoughPoints, points(balance), points(needed), points(needed - balance))
        case .invalidAmount(.notANumber): return text(ErrorKey.amountNotANumber)
        case .invalidAmount(.notPositive): return text(ErrorKey.amountNotPositive)
        case .invalidAmount(.overChargeLimit(let limit)): return text(ErrorKey.amountOverChargeLimit, points(limit))
        case .invalidAmount(.overBalanceCeiling(let ceiling, let room)):
            return text(ErrorKey.amountOverBalanceCeiling, points(ceiling), points(room))
        case .invalidUserName(let problem): return text(ErrorKey.invalidUserName, problem)
        case .nameTaken(let name): return text(ErrorKey.nameTaken, name)
        case .unauthorized: return text(ErrorKey.unauthorized)
        case .buyerNotFound(let name): return text(ErrorKey.buyerNotFound, name)
        case .idempotencyKeyReused: return text(ErrorKey.idempotencyKeyReused)
        case .policyConflict(let setting, let stored, let requested):
            return text(ErrorKey.policyConflict, meaning(of: setting), setting.text(stored), setting.text(requested), setting.rawValue)
        case .invalidRequest(let problem): return text(ErrorKey.invalidRequest, problem)
        case .invalidCatalog(let line, let problem):
            return line > 0 ? text(ErrorKey.invalidCatalogLine, line, problem) : text(ErrorKey.invalidCatalogFile, problem)
        case .storageFailure(let problem): return text(ErrorKey.storageFailure, problem)
        }
    }
}
