/// What `--help` says about each option, flag and argument of the commands. Templates are
/// in `English/` and `Korean/`; `option(_:)` in the executable reads them in the run's language.
public enum OptionHelpKey: String, CatalogKey {
    case printReportJSON, buyerName, printResultJSON, catalogFile, chaosDatabase, chaosProcesses
    case chaosDuration, chaosSeed, chaosBuyers, chaosSpeed, chaosKillEvery, chaosActiveLimit, chaosClockSkew
    case chaosConflictingFlags, user, noColor, clientCatalog, qa, demo, demoDetails, fresh, crowd, demoSeed
    case server, serverDetails, configDatabase, printSettingsJSON, setting, settingValue, printPolicyJSON
    case crowdBuyers, crowdSeed, crowdFirstIndex, crowdSpeed, crowdDuration, crowdNamePrefix, crowdClockOffset
    case crowdProgressEvery, database, databaseDetails, activeLimit, admitEvery, holdFor, activeTtl, waitingTtl
    case sweepEvery, tokenSweepEvery, newCatalog, pointsBuyer, pointsAmount, pointsKey, serveHost, servePort
    case serveSignUpRate, serveTokenRate, serveLimitLoopback, serveLogStderr, serveQA, serveCatalog, printFiguresJSON
    case tickAdvance
}
