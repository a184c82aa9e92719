import BookingEngine
import BoxOfficeUI

/// What `boxoffice chaos` prints at the end.
enum ChaosReport {
    /// The capacity samples taken during the run.
    struct Sampling {
        var samples = 0
        var over = 0
        var failed = 0
        var highest = 0

        mutating func record(active: Int, capacity: Int) {
            samples += 1
            highest = max(highest, active)
            if active > capacity { over += 1 }
        }
    }

    /// The report's lines in `language`; `violations` are sentences in it already.
    static func text(
        _ audit: AuditReport, sampling: Sampling, kills: Int, starts: Int, operations: Int, swept: Int,
        violations: [String], problems: [String], in language: Language
    ) -> String {
        let r = audit
        var lines = [
            language.text(ReportKey.chaosStarts, starts, kills),
            language.text(ReportKey.chaosOperations, operations),
            language.text(ReportKey.chaosSamples, sampling.samples, sampling.highest, r.capacity, sampling.over, sampling.failed),
            language.text(ReportKey.chaosSwept, swept),
            language.text(ReportKey.chaosDatabase, r.soldSeats, r.payments, r.liveHolds, r.buyers),
            language.text(
                ReportKey.chaosChecks, r.seatsDoublyTaken, r.seatsSoldTwice, r.salesWithoutOnePayment, r.paymentsOffTheirSeats,
                r.balancesOffLedger, r.balancesOutOfRange, r.salesPaidByAnother, r.overdueHolds, r.lapseTreeOff,
                language.text(r.activeCountOff ? ReportKey.yes : ReportKey.no), r.waitersPassedOver, r.integrityErrors),
        ]
        if !problems.isEmpty {
            lines.append(language.text(ReportKey.chaosCrowdsReported))
            lines += problems.prefix(10).map { "  \($0)" }
        }
        lines += violations.map { language.text(ReportKey.chaosViolation, $0) }
        lines.append(language.text(ReportKey.chaosViolations, violations.count))
        return lines.joined(separator: "\n")
    }
}
