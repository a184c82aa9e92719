import ArgumentParser
import BookingEngine
import BoxOfficeCrowd
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

    @Flag(help: ArgumentHelp(
        "Demo: a fresh demo database (demo.sqlite beside the default one, unless --db), quick timings and a live crowd.",
        discussion: "Quick timings: admission every 10s, holds of 1m, 3m of shopping; timing options still apply on top."))
    var demo = false

    @Option(help: ArgumentHelp("With --demo, how many simulated buyers join (default 300).", valueName: "n"))
    var crowd: Int?

    @Option(help: ArgumentHelp("With --demo, the seed of the crowd's choices: the same seed replays the same crowd (default 1).", valueName: "n"))
    var seed: UInt64?

    mutating func validate() throws {
        if !demo, crowd != nil || seed != nil { throw ValidationError("--crowd and --seed go with --demo.") }
        if let crowd, !(0...20_000).contains(crowd) { throw ValidationError("--crowd must be between 0 and 20000 (got \(crowd)).") }
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

    /// The database: --db, else the demo database with --demo, else the default one.
    var databasePath: String {
        if demo, engineOptions.db == nil { return DemoMode.databasePath }
        return engineOptions.databasePath
    }

    func run() async throws {
        FileLogHandler.bootstrap(path: FileLogHandler.defaultPath())
        let logger = Logger(label: "boxoffice")
        if demo, engineOptions.db == nil {
            do { try DemoMode.removeDatabase(at: databasePath) } catch {
                throw ExitMessage("Cannot start a fresh demo database at \(databasePath): \(error.localizedDescription)")
            }
        }
        let policy = engineOptions.policyRequest(base: demo ? PolicyRequest(everything: DemoMode.configuration) : PolicyRequest())
        let engine: BookingEngine
        do {
            engine = try await BookingEngine.open(
                path: databasePath, creation: engineOptions.db == nil ? .withFolders : .inExistingFolder, policy: policy, qaMode: qa,
                catalog: catalog, keepAliveWrites: .batched(after: .seconds(1)))
        } catch {
            throw CommandFailure(error)
        }
        logger.info("client started for \(buyer) on \(databasePath), \(engine.storageDescription ?? "unknown storage")")
        var runner: CrowdRunner?
        if demo {
            let crowd = DemoMode.crowd(buyers: crowd ?? 300, seed: seed ?? 1)
            logger.info("demo crowd of \(crowd.buyers) buyers, seed \(crowd.seed)")
            print("Starting the demo: \(crowd.buyers) buyers are joining the line (seed \(crowd.seed))…")
            let simulation = CrowdSimulation(engine: engine, configuration: crowd) { event in
                if DemoMode.isWorthNoting(event) { engine.events.record(.note, event.description, at: event.at) }
            }
            let started = CrowdRunner(simulation: simulation)
            await DemoMode.gatherCrowd(started, engine: engine)
            runner = started
        }
        defer { runner?.stop() }
        let scheduler = EngineScheduler(engine: engine)
        scheduler.start()
        defer { scheduler.stop() }
        let terminal: Terminal
        do {
            terminal = try Terminal.start(noColorFlag: noColor)
        } catch {
            throw ExitMessage("The client needs an interactive terminal (\(error)). For scripts, use the subcommands: see boxoffice --help.")
        }
        defer { terminal.stop() }
        ClientSession(engine: engine, scheduler: scheduler, user: buyer, terminal: terminal).run()
        logger.info("client closed for \(buyer)")
    }
}
