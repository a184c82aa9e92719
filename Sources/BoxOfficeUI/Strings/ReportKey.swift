import BookingEngine

/// The words of the load reports: `boxoffice crowd`'s summary, `boxoffice chaos`'s report
/// and an audit's broken invariants. Machine-read lines (`crowd progress: …`) are not here:
/// they stay the same in every language.
public enum ReportKey: String, CatalogKey {
    case crowdTotals, crowdLine, crowdHolds, crowdPayments, crowdRefused, crowdRefusedCodes
    case chaosStart, chaosClockSkew, chaosConflicting, chaosStarts, chaosOperations, chaosSamples, chaosSwept
    case chaosDatabase, chaosChecks, chaosCrowdsReported, chaosViolation, chaosViolations
    case chaosOverCapacitySamples, chaosPolicyChanged, chaosRanConflicting, yes, no
    case integrityErrors, overCapacity, seatsDoublyTaken, seatsSoldTwice, salesWithoutOnePayment, salesPaidByAnother
    case paymentsOffTheirSeats, balancesOffLedger, balancesOutOfRange, lapseTreeOff, activeCountOff, waitersPassedOver
    case seatCountsOff, overdueHolds
}

extension Language {
    /// A broken invariant as a sentence in this language: "2 seats sold twice".
    public func sentence(for violation: AuditViolation) -> String {
        let key: ReportKey =
            switch violation.invariant {
            case .integrityErrors: .integrityErrors
            case .overCapacity: .overCapacity
            case .seatsDoublyTaken: .seatsDoublyTaken
            case .seatsSoldTwice: .seatsSoldTwice
            case .salesWithoutOnePayment: .salesWithoutOnePayment
            case .salesPaidByAnother: .salesPaidByAnother
            case .paymentsOffTheirSeats: .paymentsOffTheirSeats
            case .balancesOffLedger: .balancesOffLedger
            case .balancesOutOfRange: .balancesOutOfRange
            case .lapseTreeOff: .lapseTreeOff
            case .activeCountOff: .activeCountOff
            case .waitersPassedOver: .waitersPassedOver
            case .seatCountsOff: .seatCountsOff
            case .overdueHolds: .overdueHolds
            }
        return text(key, violation.count, violation.capacity ?? 0)
    }
}
