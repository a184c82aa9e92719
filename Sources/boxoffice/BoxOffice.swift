import ArgumentParser
import BookingEngine
import Foundation

/// The `boxoffice` command: with no subcommand, the interactive client.
@main
struct BoxOffice: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boxoffice",
        abstract: "Book concert seats from your terminal: wait in line, pick seats, hold them, pay with points.",
        subcommands: [StatusCommand.self, TickCommand.self])

    @OptionGroup var engineOptions: EngineOptions

    func run() async throws {
        let engine = try await CommandSupport.openEngine(engineOptions)
        let snapshot: EngineSnapshot
        do { snapshot = try await engine.snapshot() } catch { throw CommandFailure(error) }
        print(StatusReport.text(snapshot, database: engineOptions.databasePath))
    }
}
