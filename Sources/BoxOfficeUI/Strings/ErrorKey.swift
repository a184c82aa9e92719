import BookingEngine

/// A buyer-facing sentence for each engine error code. The engine keeps codes (and the
/// figures they speak of); the words are derived here, in the buyer's language.
public enum ErrorKey: String, CatalogKey {
    case tokenNotFound, tokenExpired, tokenNotActive, concertNotFound, dateNotFound, seatNotFound, sectionNotFound
    case seatUnavailable, holdLimitReached, notEnoughSeatsOne, notEnoughSeatsMany, holdExpired, reservationNotFound, notYourReservation, alreadyPaid
    case notEnoughPoints, amountNotANumber, amountNotPositive, amountOverChargeLimit, amountOverBalanceCeiling
    case invalidUserName, nameTaken, unauthorized, buyerNotFound, idempotencyKeyReused, policyConflict
    case invalidRequest, invalidCatalogLine, invalidCatalogFile, storageFailure
    // Why a request was refused as a whole (`RequestProblem`)
    case noSeatsPicked, seatPickedTwice, performanceStarted, noSeatsAskedFor, tooManySeatsAskedFor, noHoldsPicked
    case holdListedTwice, totalTooLarge, clockBackward, notQAMode, clockTooFar, notCreatedInQAMode, catalogAlreadyThere
    case requestKeyInvalid, auditUnsupported, policySettingUnusable, policyUnusable, inspectorNeedsLocalDatabase
    case requestNotWritten, serverDidNotAnswer, cancelled, notPostgresURL, unusablePort
    // Why a name cannot be used (`NameProblem`), completing `invalidUserName`
    case nameEmpty, nameTooLong, nameTooManyMarks, nameEdgeSpace, nameReserved, nameCharacter, nameInvisibleCharacter
    // Why a policy cannot be used (`PolicyProblem`), completing `policySettingUnusable` and `policyUnusable`
    case policyCapacityRange, policyHoldLimitRange, policyTopUpRange, policyBalanceCeilingRange, policyTimingRange
    case timingAdmitEvery, timingTokenSweepEvery, timingHoldFor, timingSweepEvery, timingActiveTTL, timingWaitingTTL
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
        case .invalidUserName(.said(let sentence)): return sentence + "."
        case .invalidUserName(let problem): return text(ErrorKey.invalidUserName, phrase(for: problem))
        case .nameTaken(let name): return text(ErrorKey.nameTaken, name)
        case .unauthorized: return text(ErrorKey.unauthorized)
        case .buyerNotFound(let name): return text(ErrorKey.buyerNotFound, name)
        case .idempotencyKeyReused: return text(ErrorKey.idempotencyKeyReused)
        case .policyConflict(let setting, let stored, let requested):
            return text(ErrorKey.policyConflict, meaning(of: setting), setting.text(stored), setting.text(requested), setting.rawValue)
        case .invalidRequest(let problem): return sentence(for: problem)
        case .invalidCatalog(let line, let problem):
            let sentence = sentence(for: problem)
            return line > 0 ? text(ErrorKey.invalidCatalogLine, line, sentence) : text(ErrorKey.invalidCatalogFile, sentence)
        case .storageFailure(let problem): return sentence(for: problem)
        }
    }
}

extension Language {
    /// The sentence for a request refused as a whole, in this language.
    public func sentence(for problem: RequestProblem) -> String {
        switch problem {
        case .noSeatsPicked: text(ErrorKey.noSeatsPicked)
        case .seatPickedTwice: text(ErrorKey.seatPickedTwice)
        case .performanceStarted: text(ErrorKey.performanceStarted)
        case .noSeatsAskedFor: text(ErrorKey.noSeatsAskedFor)
        case .tooManySeatsAskedFor(let limit): text(ErrorKey.tooManySeatsAskedFor, limit)
        case .noHoldsPicked: text(ErrorKey.noHoldsPicked)
        case .holdListedTwice: text(ErrorKey.holdListedTwice)
        case .totalTooLarge: text(ErrorKey.totalTooLarge)
        case .clockBackward: text(ErrorKey.clockBackward)
        case .notQAMode: text(ErrorKey.notQAMode)
        case .clockTooFar: text(ErrorKey.clockTooFar)
        case .notCreatedInQAMode: text(ErrorKey.notCreatedInQAMode)
        case .catalogAlreadyThere(let file): text(ErrorKey.catalogAlreadyThere, file)
        case .requestKeyInvalid: text(ErrorKey.requestKeyInvalid)
        case .auditUnsupported: text(ErrorKey.auditUnsupported)
        case .policySettingUnusable(let setting, let value, let problem):
            text(ErrorKey.policySettingUnusable, meaning(of: setting), setting.text(value), phrase(for: problem))
        case .policyUnusable(let problem): text(ErrorKey.policyUnusable, phrase(for: problem))
        case .inspectorNeedsLocalDatabase: text(ErrorKey.inspectorNeedsLocalDatabase)
        case .requestNotWritten: text(ErrorKey.requestNotWritten)
        case .serverDidNotAnswer: text(ErrorKey.serverDidNotAnswer)
        case .cancelled: text(ErrorKey.cancelled)
        case .notPostgresURL(let url): text(ErrorKey.notPostgresURL, url)
        case .unusablePort(let url): text(ErrorKey.unusablePort, url)
        case .said(let sentence): text(ErrorKey.invalidRequest, sentence)
        }
    }
}

extension Language {
    /// Why a name cannot be used, as the phrase that completes `ErrorKey.invalidUserName`.
    func phrase(for problem: NameProblem) -> String {
        switch problem {
        case .empty: text(ErrorKey.nameEmpty)
        case .tooLong(let limit): text(ErrorKey.nameTooLong, limit)
        case .tooManyMarks: text(ErrorKey.nameTooManyMarks)
        case .edgeSpace: text(ErrorKey.nameEdgeSpace)
        case .reserved: text(ErrorKey.nameReserved)
        case .character(let character): text(ErrorKey.nameCharacter, character)
        case .invisibleCharacter: text(ErrorKey.nameInvisibleCharacter)
        case .said(let phrase): phrase
        }
    }
}

extension Language {
    /// Why a policy cannot be used, as the phrase that completes `ErrorKey.policyUnusable`.
    public func phrase(for problem: PolicyProblem) -> String {
        switch problem {
        case .capacityOutOfRange(let limit): text(ErrorKey.policyCapacityRange, limit)
        case .holdLimitOutOfRange(let limit): text(ErrorKey.policyHoldLimitRange, limit)
        case .topUpOutOfRange: text(ErrorKey.policyTopUpRange)
        case .balanceCeilingOutOfRange(let limit): text(ErrorKey.policyBalanceCeilingRange, limit)
        case .timingOutOfRange(let setting): text(ErrorKey.policyTimingRange, timingName(of: setting))
        }
    }

    /// A timing's name as `policyTimingRange` gives it; a setting that is no timing by its meaning.
    private func timingName(of setting: PolicySetting) -> String {
        switch setting {
        case .admitEvery: text(ErrorKey.timingAdmitEvery)
        case .tokenSweepEvery: text(ErrorKey.timingTokenSweepEvery)
        case .holdFor: text(ErrorKey.timingHoldFor)
        case .sweepEvery: text(ErrorKey.timingSweepEvery)
        case .activeTTL: text(ErrorKey.timingActiveTTL)
        case .waitingTTL: text(ErrorKey.timingWaitingTTL)
        case .activeLimit, .holdLimit, .maxTopUp, .balanceCeiling: meaning(of: setting)
        }
    }
}
