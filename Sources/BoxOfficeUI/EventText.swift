import BookingEngine

/// The engine's events in the reader's language, seats named by their place: each
/// detail worded from `EventKey`'s templates. An event without a detail (recorded before
/// events had one, or a note from outside the engine) is shown by its stored text.
enum EventText {
    /// The event as one line: `Held F2 · row 12 · seats 7–8 · 아이유 콘서트`,
    /// `F2구역 12열 7–8번 선점 · 아이유 콘서트`.
    static func line(_ event: EngineEvent, _ language: Language) -> String {
        guard let detail = event.detail else { return event.text }
        return sentence(detail, language)
    }

    /// The kind's tag, as the inspector's wide layout shows it: `hold`, `선점`.
    static func tag(_ kind: EngineEvent.Kind, _ language: Language) -> String {
        let key: EventKey = switch kind {
        case .queue: .tagQueue
        case .admission: .tagAdmission
        case .sweep: .tagSweep
        case .hold: .tagHold
        case .release: .tagRelease
        case .payment: .tagPayment
        case .charge: .tagCharge
        case .catalog: .tagCatalog
        case .clock: .tagClock
        case .policy: .tagPolicy
        case .error: .tagError
        case .note: .tagNote
        }
        return language.text(key)
    }

    private static func sentence(_ detail: EngineEvent.Detail, _ language: Language) -> String {
        func points(_ value: Int64) -> String { language.text(ScreenKey.pointsAmount, Formatting.points(value)) }
        func places(_ seats: [EngineEvent.Seat]) -> String { VenueText.places(seats, language) }
        switch detail {
        case .joinedLine(let buyer, let token, let position?): return language.text(EventKey.joinedWaiting, buyer, token, position)
        case .joinedLine(let buyer, let token, nil): return language.text(EventKey.joinedAdmitted, buyer, token)
        case .admitted(let count): return language.text(EventKey.admitted, count)
        case .tokensDeleted(let count): return language.text(count == 1 ? EventKey.tokensDeletedOne : .tokensDeletedMany, count)
        case .holdsCancelled(let count): return language.text(count == 1 ? EventKey.holdsCancelledOne : .holdsCancelledMany, count)
        case .held(let seats, let concert): return language.text(EventKey.held, places(seats), concert)
        case .heldBestAvailable(let seats, let concert): return language.text(EventKey.heldBestAvailable, places(seats), concert)
        case .released(let reservation, let seat?): return language.text(EventKey.releasedSeat, reservation, places([seat]))
        case .released(let reservation, nil): return language.text(EventKey.released, reservation)
        case .paid(let amount, let seats, let payment): return language.text(EventKey.paid, points(amount), places(seats), payment)
        case .charged(let buyer, let amount, let balance):
            return language.text(EventKey.charged, buyer, points(amount), points(balance))
        case .catalogLoaded(let first, let concerts, let dates):
            let concertCount = language.text(concerts == 1 ? EventKey.concertsOne : .concertsMany, concerts)
            let dateCount = language.text(dates == 1 ? EventKey.datesOne : .datesMany, dates)
            return language.text(first ? EventKey.firstCatalogLoaded : .catalogLoaded, concertCount, dateCount)
        case .clockMoved(let milliseconds):
            let seconds = milliseconds / 1000
            return seconds % 60 == 0 ? language.text(EventKey.clockMovedMinutes, seconds / 60)
                : language.text(EventKey.clockMovedSeconds, seconds)
        case .policyChanged(let setting, let before, let after):
            return language.text(EventKey.policyChanged, setting.rawValue, setting.text(before), setting.text(after))
        case .signedUp(let buyer): return language.text(EventKey.signedUp, buyer)
        case .keyMade(let buyer): return language.text(EventKey.keyMade, buyer)
        case .keyReplaced(let buyer): return language.text(EventKey.keyReplaced, buyer)
        case .failed(let operation, let code): return language.text(EventKey.failed, name(of: operation, language), failure(code, language))
        case .walkedAway(let buyer, let seats): return language.text(seats == 1 ? EventKey.walkedAwayOne : .walkedAwayMany, buyer, seats)
        case .gaveUpWaiting(let buyer, let position): return language.text(EventKey.gaveUpWaiting, buyer, position)
        case .leftEmptyHanded(let buyer): return language.text(EventKey.leftEmptyHanded, buyer)
        }
    }

    /// What an error code means, as a short phrase: `not enough points`, `포인트 부족`; a code
    /// this build does not know (from a newer engine) as it is.
    static func failure(_ code: String, _ language: Language) -> String {
        let key: EventKey? = switch code {
        case "TOKEN_NOT_FOUND": .failureTokenNotFound
        case "TOKEN_EXPIRED": .failureTokenExpired
        case "TOKEN_NOT_ACTIVE": .failureTokenNotActive
        case "CONCERT_NOT_FOUND": .failureConcertNotFound
        case "DATE_NOT_FOUND": .failureDateNotFound
        case "SEAT_NOT_FOUND": .failureSeatNotFound
        case "SECTION_NOT_FOUND": .failureSectionNotFound
        case "SEAT_UNAVAILABLE": .failureSeatUnavailable
        case "HOLD_LIMIT_REACHED": .failureHoldLimitReached
        case "NOT_ENOUGH_SEATS": .failureNotEnoughSeats
        case "HOLD_EXPIRED": .failureHoldExpired
        case "RESERVATION_NOT_FOUND": .failureReservationNotFound
        case "NOT_YOUR_RESERVATION": .failureNotYourReservation
        case "ALREADY_PAID": .failureAlreadyPaid
        case "NOT_ENOUGH_POINTS": .failureNotEnoughPoints
        case "INVALID_AMOUNT": .failureInvalidAmount
        case "INVALID_USER_NAME": .failureInvalidUserName
        case "NAME_TAKEN": .failureNameTaken
        case "UNAUTHORIZED": .failureUnauthorized
        case "BUYER_NOT_FOUND": .failureBuyerNotFound
        case "IDEMPOTENCY_KEY_REUSED": .failureIdempotencyKeyReused
        case "POLICY_CONFLICT": .failurePolicyConflict
        case "INVALID_REQUEST": .failureInvalidRequest
        case "INVALID_CATALOG": .failureInvalidCatalog
        case "STORAGE_FAILURE": .failureStorageFailure
        default: nil
        }
        return key.map { language.text($0) } ?? code
    }

    private static func name(of operation: EngineEvent.Operation, _ language: Language) -> String {
        let key: EventKey = switch operation {
        case .joinLine: .operationJoinLine
        case .admission: .operationAdmission
        case .tokenSweep: .operationTokenSweep
        case .hold: .operationHold
        case .bestAvailable: .operationBestAvailable
        case .release: .operationRelease
        case .holdSweep: .operationHoldSweep
        case .payment: .operationPayment
        case .charge: .operationCharge
        case .catalogLoad: .operationCatalogLoad
        case .firstCatalogLoad: .operationFirstCatalogLoad
        case .clockAdvance: .operationClockAdvance
        case .policyChange: .operationPolicyChange
        case .signUp: .operationSignUp
        case .addBuyer: .operationAddBuyer
        case .keyRotation: .operationKeyRotation
        }
        return language.text(key)
    }
}
