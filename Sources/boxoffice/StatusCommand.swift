import ArgumentParser
import BookingEngine
import BoxOfficeUI
import Foundation

/// `boxoffice status`: the engine's figures, as the inspector shows them, for operators.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: about(.aboutStatus),
        discussion: about(.aboutStatusDetails))

    @OptionGroup var database: DatabaseOption
    @Flag(help: ArgumentHelp(option(.printFiguresJSON))) var json = false

    func run() async throws {
        let engine = try await CommandSupport.openEngine(database, for: "status")
        let report: StatusReport
        do {
            report = StatusReport(
                database: DatabaseTarget.shown(database.path), snapshot: try await engine.snapshot(), qaClockOffset: try await engine.qaClockOffset(),
                sharedFileWarning: await engine.operatorWarning())
        } catch {
            throw CommandFailure(error)
        }
        if json {
            try CommandSupport.printJSON(report)
        } else {
            print(report.text())
        }
    }
}
