import ArgumentParser
import BookingEngine
import BoxOfficeCrowd
import BoxOfficeTerminal
import BoxOfficeUI
import Foundation
import Logging

/// `boxoffice open` (the default command): the interactive client.
struct ClientCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the client: join the line, pick seats, hold them and pay (the default command).",
        discussion: """
            A --db file that does not exist is created, in a folder that exists (the default folder is \
            created when missing). Logs go to $XDG_STATE_HOME/boxoffice/boxoffice.log (else \
            ~/.local/state/boxoffice/), never onto the screen. The terminal must be able to move the \
            cursor: TERM=dumb is refused.
            """)

    @OptionGroup var database: DatabaseOption
    @OptionGroup var engineOptions: EngineOptions

    @Option(help: ArgumentHelp("Who is buying (default: your login name).", valueName: "name"))
    var user: String?

    @Flag(help: "Draw without colours (also when NO_COLOR is set).")
    var noColor = false

    @Option(help: ArgumentHelp("Start a new database with this catalog instead of the demo one.", valueName: "file"))
    var catalog: String?

    @Flag(help: "Create the database in QA mode: its clock can be moved with `boxoffice tick --advance` and the inspector.")
    var qa = false

    @Flag(help: ArgumentHelp(
        "Demo: the demo database (demo.sqlite beside the default one, unless --db), quick timings and a live crowd.",
        discussion: """
            A demo already running on the file is joined (its crowd goes on shopping); a demo file nobody \
            has open is continued with a new crowd. Quick timings: admission every 10s, holds of 1m, 3m of \
            shopping; timing options still apply on top.
            """))
    var demo = false

    @Flag(help: "With --demo, replace the demo database with a fresh one (refused while another client has it open).")
    var fresh = false

    @Option(help: ArgumentHelp("With --demo, how many simulated buyers join (default 300).", valueName: "n"))
    var crowd: Int?

    @Option(help: ArgumentHelp("With --demo, the seed of the crowd's choices: the same seed replays the same crowd (default 1).", valueName: "n"))
    var seed: UInt64?

    @Option(help: ArgumentHelp(
        "Book through a server (`boxoffice serve`) instead of a database on this computer, like http://host:8080.",
        discussion: """
            The first time, a sign-up screen asks for a name (--user suggests one) and the server's key is kept in \
            $XDG_CONFIG_HOME/boxoffice/credentials (else ~/.config/boxoffice/credentials), mode 0600.
            """,
        valueName: "url"))
    var server: String?

    mutating func validate() throws {
        if server != nil, demo || qa || catalog != nil || database.db != nil || !engineOptions.policyRequest().values.isEmpty {
            throw ValidationError("--server books through a server: the database, demo and timing options belong to `boxoffice serve`.")
        }
        if let server, !(server.hasPrefix("http://") || server.hasPrefix("https://")) {
            throw ValidationError("--server takes the server's address, like http://host:8080 (got \(server)).")
        }
        if !demo, crowd != nil || seed != nil || fresh { throw ValidationError("--crowd, --seed and --fresh go with --demo.") }
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
        if demo, database.chosen == nil { return DemoMode.databasePath }
        return database.path
    }

    func run() async throws {
        let logger = Logger(label: "boxoffice")
        try Self.requireDrawableTerminal()
        if let server {
            try await RemoteClient(server: server, suggestedName: buyer, noColor: noColor).run(logger: logger)
            return
        }
        let demoPlan = demo ? try DemoFile.plan(path: databasePath, fresh: fresh) : nil
        if try await DatabaseTarget.opening(databasePath) == .new {
            print("Creating a new database at \(PrintableText.escaped(DatabaseTarget.shown(databasePath))).")
            logger.info("creating a new database at \(DatabaseTarget.shown(databasePath))")
        }
        let policy = engineOptions.policyRequest(base: demo ? PolicyRequest(everything: DemoMode.configuration) : PolicyRequest())
        let engine: BookingEngine
        do {
            engine = try await DatabaseTarget.open(
                databasePath, creation: .withFolders, policy: policy, qaMode: qa, catalog: catalog,
                keepAliveWrites: .batched(after: .seconds(1)))
        } catch {
            guard demo, qa, demoPlan != .start else { throw CommandFailure(error) }
            throw ExitMessage(error.message + " For a demo in QA mode, start it afresh: --demo --fresh --qa.", code: error.code)
        }
        logger.info("client started for \(buyer) on \(DatabaseTarget.shown(databasePath)), \(engine.storageDescription ?? "unknown storage")")
        let runner = await startDemo(demoPlan, engine: engine, logger: logger)
        defer { runner?.stop() }
        let scheduler = EngineScheduler(engine: engine)
        scheduler.start()
        defer { scheduler.stop() }
        let terminal: Terminal
        do {
            terminal = try Terminal.start(noColorFlag: noColor)
        } catch {
            throw ExitMessage(
                "The client needs an interactive terminal (\(error)). For scripts, use the subcommands: see boxoffice --help.",
                code: "NOT_A_TERMINAL")
        }
        defer { terminal.stop() }
        ClientSession(
            client: LocalBookingClient(engine: engine), scheduler: scheduler, user: buyer, qaControls: engine.isQAMode || demo, terminal: terminal
        ).run()
        logger.info("client closed for \(buyer)")
    }

    /// Refuses a terminal the screens cannot be drawn on, before any file is touched.
    static func requireDrawableTerminal() throws(ExitMessage) {
        do {
            try Terminal.requireCursorMovement()
        } catch .cannotMoveCursor(let type) {
            throw ExitMessage(
                "This terminal (TERM=\(type)) cannot move the cursor, which the client needs to draw its screens. "
                    + "Run it in a terminal such as xterm, tmux or screen (for example TERM=xterm-256color), "
                    + "or use the subcommands for scripts: see boxoffice --help.",
                code: "TERMINAL_TOO_SIMPLE")
        } catch .unknownTerminalType(let type) {
            throw ExitMessage(
                "The terminal type TERM=\(type) is unknown to terminfo. Set TERM to your terminal's type, such as xterm-256color.",
                code: "UNKNOWN_TERMINAL")
        } catch {
            throw ExitMessage("The terminal cannot be used (\(error)).", code: "NOT_A_TERMINAL")
        }
    }

    /// Starts the demo's crowd here unless a running demo is joined, whose crowd goes on.
    private func startDemo(_ plan: DemoFile.Plan?, engine: BookingEngine, logger: Logger) async -> CrowdRunner? {
        guard let plan else { return nil }
        if plan == .join {
            print("Joining the demo running on \(PrintableText.escaped(databasePath)); its crowd is already shopping.")
            logger.info("joined the demo running on \(databasePath)")
            return nil
        }
        let crowd = DemoMode.crowd(buyers: crowd ?? 300, seed: seed ?? 1)
        let verb = plan == .resume ? "Continuing the demo on \(PrintableText.escaped(databasePath)) (--fresh starts anew)" : "Starting the demo"
        logger.info("demo crowd of \(crowd.buyers) buyers, seed \(crowd.seed), \(plan)")
        print("\(verb): \(crowd.buyers) buyers are joining the line (seed \(crowd.seed))…")
        let simulation = CrowdSimulation(engine: engine, configuration: crowd) { event in
            if DemoMode.isWorthNoting(event) { engine.events.record(.note, event.description, at: event.at) }
        }
        let runner = CrowdRunner(simulation: simulation)
        if let why = await DemoMode.gatherCrowd(runner, engine: engine) {
            print(why)
            logger.info("\(why)")
        }
        return runner
    }
}
