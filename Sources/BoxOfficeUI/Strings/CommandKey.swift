/// What the `boxoffice` commands tell a person: refusals, results, and the abstracts their
/// `--help` shows (swift-argument-parser's own words are `ParserKey`'s). Output for
/// scripts (`--json`, codes) is language-neutral and never comes from here.
public enum CommandKey: String, CatalogKey {
    case errorPrefix, unknownLanguage
    // Refusals
    case serverWithLocalOptions, serverAddress, demoOptionsNeedDemo, crowdRange, userProblem, dbNeedsPath
    case needsTerminal, needsTerminalOverHTTP, terminalTooSimple, unknownTerminal, terminalUnusable, demoQANeedsFresh
    case noDatabase, noFolder, notAFile, readOnlyFileSystem, readOnlyForYou, readOnlyOwner, databaseExists, unknownBuyer
    case unknownSetting, settingTakesDuration, settingTakesNumber, activeLimitRange, timingsUnusable
    case spanSeconds, spanMinutes, spanHours, spanHoursMinutes, spanDays, spanDaysHours
    case portRange, optionRange, ratesRange, serveFailed, buyersRange, firstIndexRange, speedRange, namePrefixProblem
    case demoInUse, demoNotRemoved
    // Results
    case creatingDatabase, joiningDemo, continuingDemo, startingDemo, demoNoLine, demoOpeningAnyway
    case created, createdInQAMode, demoCatalog, namedCatalog, balance, ticked, auditSummary, auditSound, auditBroken
    case settingChanged, catalogAdded, catalogCreated, buyerKey, buyerKeyMade, buyerNoKey
    case statusTitle, statusClock, statusQAMoved, statusQANotMoved, statusRealTime, statusLine, statusBuyers, statusWarning
    case statusNoPerformances, statusPerformances, statusColumns
    case countConcertOne, countConcertMany, countPerformanceOne, countPerformanceMany, countSeatOne, countSeatMany
    case countUpcomingOne, countUpcomingMany
    // Policy settings, as `config show` explains them
    case settingActiveLimit, settingAdmitEvery, settingHoldLimit, settingHoldFor, settingActiveTTL, settingWaitingTTL
    case settingSweepEvery, settingTokenSweepEvery, settingMaxTopUp, settingBalanceCeiling
}
