/// What the status line says: messages after an action or an answer, and the progress of
/// an engine call in flight. Templates are in `English/` and `Korean/`.
public enum MessageKey: String, CatalogKey {
    case qaKeysNeedQADatabase, notQuitting, errorPressRToRejoin, errorPressEnterToTopUp
    case heldPlaces, nothingToPay, releasedPlaces, paymentComplete, alreadyPaidNothingCharged
    case connectionLost, connectionSlowDown, connectionUnreachable, connectionBusy, connectionNoAnswer, connectionNotRunning
    case connectionFailed, connectedAgain, joinedLine, admittedPickDate, admittedElsewhere, shoppingTimeOver
    case holdsLapsed, dateSoldOut, sectionSoldOut, allowanceUsed, selectionSeatTaken, holdAtMost, holdAtMostHolding
    case seatTaken, alreadyHoldSeat, alreadyBoughtSeat, selectSeatsFirst, joiningLine, noHoldsYet
    case admissionRanOne, admissionRanMany, tokenSweepRanOne, tokenSweepRanMany, holdSweepRanOne, holdSweepRanMany
    case clockMoved, notQAMode, inspectorNeedsLocalDatabase, typeAmountFirst, amountRefused, pointsAdded, pointsAddedPressEnter
    case digitsOnly, tooManyDigits, atMostPerTopUp, atLeastOnePoint, maxMoreUnderCeiling
    // Engine calls in flight
    case progressJoiningLine, progressCheckingQueue, progressLoadingConcerts, progressLoadingVenue, progressLoadingSeats, progressHolding
    case progressReleasing, progressPaying, progressCharging, progressLoadingBalance, progressLoadingBookings
    case progressLoadingInspector, progressRunningAdmission, progressSweepingTokens, progressSweepingHolds
    case progressAdvancingClock
}
