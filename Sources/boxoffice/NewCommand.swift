import ArgumentParser
import BookingEngine
import BoxOfficeUI

/// `boxoffice new`: creates a database without opening the client, for scripts and QA.
struct NewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: about(.aboutNew),
        discussion: about(.aboutNewDetails))

    @OptionGroup var database: DatabaseOption
    @OptionGroup var engineOptions: EngineOptions
    @Flag(help: ArgumentHelp(option(.qa)))
    var qa = false
    @Option(help: ArgumentHelp(option(.newCatalog), valueName: "file")) var catalog: String?
    @Flag(help: ArgumentHelp(option(.printResultJSON))) var json = false

    struct Result: Codable {
        let database: String
        let qaMode: Bool
        let catalog: String
        let performances: Int
    }

    func run() async throws {
        guard try await DatabaseTarget.opening(database.path) == .new else {
            throw ExitMessage(.databaseExists, DatabaseTarget.shown(database.path), code: "DATABASE_EXISTS")
        }
        let engine: BookingEngine
        let snapshot: EngineSnapshot
        do {
            engine = try await DatabaseTarget.open(
                database.path, creation: .withFolders, policy: engineOptions.policyRequest(), qaMode: qa, catalog: catalog)
            snapshot = try await engine.snapshot()
        } catch {
            throw CommandFailure(error)
        }
        let result = Result(
            database: DatabaseTarget.shown(database.path), qaMode: engine.isQAMode, catalog: catalog ?? "demo", performances: snapshot.dates.count)
        if json {
            try CommandSupport.printJSON(result)
        } else {
            let source = catalog.map { say(.namedCatalog, PrintableText.escaped($0)) } ?? say(.demoCatalog)
            let upcoming = CountText.of(result.performances, .countUpcomingOne, .countUpcomingMany)
            print(say(result.qaMode ? .createdInQAMode : .created, PrintableText.escaped(DatabaseTarget.shown(database.path)), source,
                      upcoming))
        }
    }
}
