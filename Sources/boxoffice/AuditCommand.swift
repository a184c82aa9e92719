import ArgumentParser
import BookingEngine

/// `boxoffice audit`: checks every invariant of SPEC.md on a database, read-only.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check a database's invariants: no seat sold twice, balances equal top-ups minus payments, and the rest.",
        discussion: "Read-only; safe while clients and servers use the file. Exits 1 when any invariant is broken.")

    @OptionGroup var database: DatabaseOption
    @Flag(help: "Print the report as JSON.") var json = false

    func run() async throws {
        let engine = try await CommandSupport.openEngine(database, for: "audit")
        let report: AuditReport
        do { report = try await engine.audit() } catch { throw CommandFailure(error) }
        if json {
            try CommandSupport.printJSON(report)
        } else {
            print("\(report.soldSeats) seats sold in \(report.payments) payments, \(report.liveHolds) live holds, \(report.buyers) buyers.")
            print(report.isSound ? "Every invariant holds." : "Broken: " + report.violations.joined(separator: "; ") + ".")
        }
        if !report.isSound { throw ExitCode.failure }
    }
}
