import BoxOfficeCrowd
import Foundation

/// How `boxoffice crowd` prints its figures.
enum CrowdReport {
    /// One machine-readable line, flushed at once so a parent reading a pipe or file sees it.
    static func printProgress(_ statistics: CrowdStatistics) {
        let line = "crowd progress: actions=\(statistics.actions) payments=\(statistics.payments) errors=\(statistics.errorCount)\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    /// The end-of-run summary.
    static func summary(_ s: CrowdStatistics, buyers: Int, elapsed: Duration) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let errors = s.errors.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return """
            crowd: \(buyers) buyers, \(s.finishedBuyers) done, \(s.actions) engine calls in \(String(format: "%.1f", seconds)) s
              joined \(s.joined), admitted \(s.admitted), gave up waiting \(s.gaveUp), came back \(s.rejoined)
              holds \(s.holds) (\(s.seatsHeld) seats), released \(s.released), abandoned \(s.abandoned), found nothing \(s.foundNothing)
              payments \(s.payments) (\(s.seatsBought) seats, \(s.pointsSpent) points), top-ups \(s.topUps) (\(s.pointsCharged) points)
              refused calls \(s.errorCount)\(errors.isEmpty ? "" : ": " + errors)
            """
    }
}
