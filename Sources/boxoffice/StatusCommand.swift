import ArgumentParser
import BookingEngine
import Foundation

/// `boxoffice status`: the engine's figures, as the inspector shows them, for operators.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the line, capacity, live holds and seats of every upcoming performance.",
        discussion: "Also says whether the database is in QA mode (and how far its clock runs ahead), and warns when several processes share the file on an affected SQLite.")

    @OptionGroup var database: DatabaseOption
    @Flag(help: "Print the figures as JSON.") var json = false

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
