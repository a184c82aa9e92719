/// The words of the QA/demo inspector panel. Templates are in `English/` and `Korean/`.
public enum InspectorKey: String, CatalogKey {
    case title, qaMode, readingEngine, waiting, shopping, shoppingOf, liveHolds, buyers, buyersAndPoints
    case admission, tokenSweep, holdSweep, clock, nextRunIn, nextRunInSeconds, nextRunDue, clockReal, clockQA
    case seats, seatsMore, seatColumns, lastEvents, nothingYet
}
