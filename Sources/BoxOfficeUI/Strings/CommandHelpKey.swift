/// The abstracts and discussions `boxoffice --help` and each command's `--help` show.
/// swift-argument-parser prints its own headings (USAGE, OPTIONS, SUBCOMMANDS) and the
/// standard flags' help as it does in English.
public enum CommandHelpKey: String, CatalogKey {
    case aboutBoxOffice, aboutBoxOfficeDetails, aboutOpen, aboutOpenDetails, aboutNew, aboutNewDetails, aboutStatus, aboutStatusDetails
    case aboutTick, aboutTickDetails, aboutConfig, aboutConfigShow, aboutConfigSet, aboutConfigSetDetails
    case aboutCatalog, aboutCatalogLoad, aboutCatalogLoadDetails, aboutPoints, aboutPointsCharge, aboutPointsBalance
    case aboutPointsBalanceDetails, aboutCrowd, aboutCrowdDetails, aboutChaos, aboutChaosDetails, aboutServe, aboutServeDetails
    case aboutBuyers, aboutBuyersAdd, aboutBuyersAddDetails, aboutBuyersRotate, aboutBuyersList, aboutAudit, aboutAuditDetails
}
