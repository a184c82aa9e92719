import ArgumentParser
import BookingEngine
import BoxOfficeUI

/// `boxoffice audit`: checks every invariant of SPEC.md on a database, read-only.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: about(.aboutAudit),
        discussion: about(.aboutAuditDetails))

    @OptionGroup var database: DatabaseOption
    @Flag(help: ArgumentHelp(option(.printReportJSON))) var json = false

    func run() async throws {
        let engine = try await CommandSupport.openEngine(database, for: "audit")
        let report: AuditReport
        do { report = try await engine.audit() } catch { throw CommandFailure(error) }
        if json {
            try CommandSupport.printJSON(report)
        } else {
            print(say(.auditSummary, report.soldSeats, report.payments, report.liveHolds, report.buyers))
            print(report.isSound ? say(.auditSound) : say(.auditBroken, report.brokenInvariants.map(CommandLanguage.current.sentence(for:)).joined(separator: "; ")))
        }
        if !report.isSound { throw ExitCode.failure }
    }
}
