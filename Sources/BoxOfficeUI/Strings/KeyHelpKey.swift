/// What the key table says about each key: its line in the `?` overlay and its footer
/// hint. Templates are in `English/` and `Korean/`.
public enum KeyHelpKey: String, CatalogKey {
    case moveUp, moveDown, moveLeft, moveRight, toTop, toBottom, pageUp, pageDown
    case openSection, bestAvailable, toggleSeat, holdSelection, openCheckout, chooseDate, pay, releaseHold, topUp, rejoinToBuyMore, refresh
    case quit, back, openBookings, openPoints, toggleInspector, help, quitAnywhere
    case runAdmission, sweepTokens, sweepHolds, clockOneMinute, clockFiveMinutes, chargeTestPoints
    // Footer hints
    case footerMove, footerOpenSection, footerBestAvailable, footerSelect, footerHold, footerCheckout, footerChooseDate, footerPay, footerRelease
    case footerTopUp, footerBuyMore, footerJoinLine, footerQuit, footerBack, footerBookings, footerPoints, footerHelp
    case footerAdmit, footerTokens, footerHolds, footerOneMinute, footerFiveMinutes, footerTestPoints, footerClose
}
