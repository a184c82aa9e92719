/// The abstracts and discussions `boxoffice --help` and each command's `--help` show.
/// swift-argument-parser's own headings and standard flags are `ParserKey`'s.
public enum CommandHelpKey: String, CatalogKey {
    case aboutBoxOffice, aboutBoxOfficeDetails, aboutOpen, aboutOpenDetails, aboutNew, aboutNewDetails, aboutStatus, aboutStatusDetails
    case aboutTick, aboutTickDetails, aboutConfig, aboutConfigShow, aboutConfigSet, aboutConfigSetDetails
    case aboutCatalog, aboutCatalogLoad, aboutCatalogLoadDetails, aboutPoints, aboutPointsCharge, aboutPointsBalance
    case aboutPointsBalanceDetails, aboutCrowd, aboutCrowdDetails, aboutChaos, aboutChaosDetails, aboutServe, aboutServeDetails
    case aboutBuyers, aboutBuyersAdd, aboutBuyersAddDetails, aboutBuyersRotate, aboutBuyersList, aboutAudit, aboutAuditDetails
}
