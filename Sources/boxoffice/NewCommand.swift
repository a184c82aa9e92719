import ArgumentParser
import BookingEngine

/// `boxoffice new`: creates a database without opening the client, for scripts and QA.
struct NewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new database (with --qa, in QA mode) holding the demo catalog or --catalog FILE.",
        discussion: """
            The timing and capacity options set the new database's policy, which every process using it then \
            applies (change it later with `boxoffice config set`). Refuses a file that exists already, and a \
            folder that does not (the default folder aside).
            """)

    @OptionGroup var database: DatabaseOption
    @OptionGroup var engineOptions: EngineOptions
    @Flag(help: "Create the database in QA mode: its clock can be moved with `boxoffice tick --advance` and the inspector.")
    var qa = false
    @Option(help: ArgumentHelp("Its first catalog instead of the demo one.", valueName: "file")) var catalog: String?
    @Flag(help: "Print the result as JSON.") var json = false

    struct Result: Codable {
        let database: String
        let qaMode: Bool
        let catalog: String
        let performances: Int
    }

    func run() async throws {
        guard try await DatabaseTarget.opening(database.path) == .new else {
            throw ExitMessage(
                "\(DatabaseTarget.shown(database.path)) exists already. Pick another path, or use the existing database as it is.",
                code: "DATABASE_EXISTS")
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
            let mode = result.qaMode ? " in QA mode" : ""
            let source = catalog.map { "the catalog " + PrintableText.escaped($0) } ?? "the demo catalog"
            print("Created \(PrintableText.escaped(DatabaseTarget.shown(database.path)))\(mode) with \(source): "
                  + CountText.of(result.performances, "upcoming performance") + ".")
        }
    }
}
