/// The words of the screens themselves: titles, headings, labels, table columns, hints
/// drawn in the body, and the overlays. Templates are in `English/` and `Korean/`.
public enum ScreenKey: String, CatalogKey {
    // Titles and the frame
    case titleWaitingRoom, titleConcerts, titleVenue, titleSection, titleCheckout, titleReceipt, titlePoints, titleBookings
    case tooSmallNeeded, tooSmallNow, pointsAmount, pointsUnknown, headerHeld
    case tokenNone, tokenJoining, tokenExpired, tokenInLine, tokenLeft
    case moreAbove, moreBelow
    // Waiting room
    case shoppingTimeEnded, placeExpired, pressRToRejoin, bookingsStayYours, joiningLine, admittedOpening
    case waitingHeading, keepWindowOpen, labelPosition, positionOfWaiting, labelAhead, aheadNobody, aheadCount
    case labelEstimatedWait, labelToken, lastChecked, checkingNow, nextCheckIn, checkingNowEllipsis, closingGivesUpPlace
    case waitEstimating, waitUnderMinute, waitAbout, waitAboutRange
    // Concerts
    case loadingConcerts, noConcerts, soldOut, seatsFree
    // Seat grid
    case loadingSeats, noSection, stage, legendFree, legendSelected, legendYours, legendHeld, legendSold
    case seatFree, seatHeld, seatSold, seatHeldByYou, seatBoughtByYou
    case holdLimitHint, selectHintOne, selectHintMany, selectedSeats, holdCutShort
    case rowsNearerStageOne, rowsNearerStageMany, rowsFurtherOne, rowsFurtherMany, rowsScrollKeys
    // Venue overview
    case loadingVenue, noVenue, sectionFree, sectionRowsOne, sectionRowsMany, youHoldPlaces, venueHint
    // Best available
    case bestTitle, bestCount, bestRange, bestWhere, bestOthers, bestKeys, scopeAnywhere, scopeGrade, scopeSection
    // Seat places and seat tables (checkout, receipt, bookings)
    case placeOne, placeMany, rowPlaceOne, rowPlaceMany, seatOnlyOne, seatOnlyMany, placesAnd
    case columnSeat, columnGrade, columnPrice, columnLeft, columnBooking
    // Checkout
    case noHoldsAtCheckout, payWithin, labelTotal, labelYourBalance, labelAfterPaying, labelShortBy, shortByValue
    // Receipt
    case paymentComplete, paymentNumber, labelAmountPaid, labelNewBalance, receiptBuyMore, receiptStillHoldOne, receiptStillHoldMany
    // Points
    case readingBalance, labelTopUp, pointsUnit, typeDigits, enterToTopUp, labelAfterTopUp, topUpLimits, seatsStayHeld
    // Bookings
    case holdsHeading, payBeforeTheyRunOut, noSeatsHeld, confirmedBookings, loadingList, noBookingsYet, timeLeft, bookingPaid
    case moreBookingsAbove, moreBookingsBelow
    // Overlays
    case helpTitle, anyKeyCloses, helpMoreAbove, helpMoreBelow, helpScroll, otherKeysClose
    case quitTitle, quitHoldsKeptOne, quitHoldsKeptMany, quitQuestion, quitFooter
    // Performance times
    case yourTime
    // Sign-up
    case terminalTooSmall, signUpTitle, signUpWelcome, signUpKeyKept, signUpName, signUpNameRule, signingUp, signUpFooter
}
