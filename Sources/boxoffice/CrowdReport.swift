import BoxOfficeCrowd
import BoxOfficeUI
import Foundation

/// How `boxoffice crowd` prints its figures.
enum CrowdReport {
    /// One machine-readable line, flushed at once so a parent reading a pipe or file sees it.
    static func printProgress(_ statistics: CrowdStatistics) {
        let line = "crowd progress: actions=\(statistics.actions) payments=\(statistics.payments) errors=\(statistics.errorCount)\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    /// The end-of-run summary, in `language`.
    static func summary(_ s: CrowdStatistics, buyers: Int, elapsed: Duration, in language: Language) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let errors = s.errors.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return [
            language.text(ReportKey.crowdTotals, buyers, s.finishedBuyers, s.actions, String(format: "%.1f", seconds)),
            language.text(ReportKey.crowdLine, s.joined, s.admitted, s.gaveUp, s.rejoined),
            language.text(ReportKey.crowdHolds, s.holds, s.seatsHeld, s.released, s.abandoned, s.foundNothing),
            language.text(ReportKey.crowdPayments, s.payments, s.seatsBought, s.pointsSpent, s.topUps, s.pointsCharged),
            errors.isEmpty ? language.text(ReportKey.crowdRefused, s.errorCount) : language.text(ReportKey.crowdRefusedCodes, s.errorCount, errors),
        ].joined(separator: "\n")
    }
}
