import BookingEngine

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

    static func text(
        _ report: AuditReport, sampling: Sampling, kills: Int, starts: Int, operations: Int, swept: Int,
        violations: [String], problems: [String]
    ) -> String {
        var lines = [
            "processes started: \(starts), killed with SIGKILL mid-run: \(kills)",
            "operations (engine calls reported by the crowds): \(operations)",
            "capacity samples: \(sampling.samples), highest active \(sampling.highest) of \(report.capacity), over capacity \(sampling.over), unreadable \(sampling.failed)",
            "final sweep released \(swept) expired holds",
            "database: \(report.soldSeats) seats sold in \(report.payments) payments, \(report.liveHolds) live holds, \(report.buyers) buyers",
            "checks: seats doubly taken \(report.seatsDoublyTaken), sold twice \(report.seatsSoldTwice), "
                + "sales without one payment \(report.salesWithoutOnePayment), payments off their seats \(report.paymentsOffTheirSeats), "
                + "balances off ledger \(report.balancesOffLedger), balances out of range \(report.balancesOutOfRange), "
                + "sales paid by another \(report.salesPaidByAnother), overdue holds \(report.overdueHolds), "
                + "lapse tree off \(report.lapseTreeOff), active count off \(report.activeCountOff), "
                + "waiters passed over \(report.waitersPassedOver), "
                + "quick_check problems \(report.integrityErrors)",
        ]
        if !problems.isEmpty {
            lines.append("the crowds reported:")
            lines += problems.prefix(10).map { "  \($0)" }
        }
        lines += violations.map { "VIOLATION: \($0)" }
        lines.append("violations: \(violations.count)")
        return lines.joined(separator: "\n")
    }
}
