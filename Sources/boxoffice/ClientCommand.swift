import ArgumentParser
import BookingEngine
import BoxOfficeTerminal
import Foundation
import Logging

/// `boxoffice open` (the default command): the interactive client.
struct ClientCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the client: join the line, pick seats, hold them and pay (the default command).",
        discussion: """
            Logs go to $XDG_STATE_HOME/boxoffice/boxoffice.log (else ~/.local/state/boxoffice/), \
            never onto the screen.
            """)

    @OptionGroup var engineOptions: EngineOptions

    @Option(help: ArgumentHelp("Who is buying (default: your login name).", valueName: "name"))
    var user: String?

    @Flag(help: "Draw without colours (also when NO_COLOR is set or TERM=dumb).")
    var noColor = false

    @Option(help: ArgumentHelp("Start a new database with this catalog instead of the demo one.", valueName: "file"))
    var catalog: String?

    @Flag(help: "Create the database in QA mode: its clock can be moved with `boxoffice tick --advance` and the inspector.")
    var qa = false

    mutating func validate() throws {
        do {
            _ = try BuyerName.validate(buyer)
        } catch {
            throw ValidationError("--user: \(error.message)")
        }
    }

    /// The buyer: --user, else the login name.
    var buyer: String {
        if let user { return user }
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
    }

    func run() async throws {
        FileLogHandler.bootstrap(path: FileLogHandler.defaultPath())
        let logger = Logger(label: "boxoffice")
        let engine: BookingEngine
        do {
            engine = try await BookingEngine.open(
                path: engineOptions.databasePath, configuration: engineOptions.configuration(), qaMode: qa, catalog: catalog)
        } catch {
            throw CommandFailure(error)
        }
        logger.info("client started for \(buyer) on \(engineOptions.databasePath), SQLite \(engine.sqliteVersion ?? "unknown")")
        let scheduler = EngineScheduler(engine: engine)
        scheduler.start()
        defer { scheduler.stop() }
        let terminal: Terminal
        do {
            terminal = try Terminal.start(noColorFlag: noColor)
        } catch {
            throw ValidationError("The client needs an interactive terminal (\(error)). For scripts, use the subcommands: see --help.")
        }
        defer { terminal.stop() }
        ClientSession(engine: engine, user: buyer, terminal: terminal).run()
        logger.info("client closed for \(buyer)")
    }
}
