/// The words of the engine's events as the inspector lists them: each kind's tag, each
/// detail's sentence, and the operations a failure names (see `EventText`). Templates are
/// in `English/` and `Korean/`.
public enum EventKey: String, CatalogKey {
    // Tags, one per `EngineEvent.Kind`
    case tagQueue, tagAdmission, tagSweep, tagHold, tagRelease, tagPayment, tagCharge, tagCatalog, tagClock, tagPolicy
    case tagError, tagNote
    // Sentences, one or more per `EngineEvent.Detail`
    case joinedWaiting, joinedAdmitted, admitted, tokensDeletedOne, tokensDeletedMany, holdsCancelledOne, holdsCancelledMany
    case held, heldBestAvailable, released, releasedSeat, paid, charged, catalogLoaded, firstCatalogLoaded
    case concertsOne, concertsMany, datesOne, datesMany, clockMovedMinutes, clockMovedSeconds, policyChanged
    case signedUp, keyMade, keyReplaced, failed, walkedAwayOne, walkedAwayMany, gaveUpWaiting, leftEmptyHanded
    // Operations, one per `EngineEvent.Operation`
    case operationJoinLine, operationAdmission, operationTokenSweep, operationHold, operationBestAvailable
    case operationRelease, operationHoldSweep, operationPayment, operationCharge, operationCatalogLoad
    case operationFirstCatalogLoad, operationClockAdvance, operationPolicyChange, operationSignUp, operationAddBuyer
    case operationKeyRotation
    // What a failure's error code means, one per `BookingError.code`
    case failureTokenNotFound, failureTokenExpired, failureTokenNotActive, failureConcertNotFound, failureDateNotFound, failureSeatNotFound, failureSectionNotFound, failureSeatUnavailable, failureHoldLimitReached
    case failureNotEnoughSeats, failureHoldExpired, failureReservationNotFound, failureNotYourReservation, failureAlreadyPaid, failureNotEnoughPoints, failureInvalidAmount, failureInvalidUserName, failureNameTaken
    case failureUnauthorized, failureBuyerNotFound, failureIdempotencyKeyReused, failurePolicyConflict, failureInvalidRequest, failureInvalidCatalog, failureStorageFailure
}
