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
        abstract: about(.aboutOpen),
        discussion: about(.aboutOpenDetails))

    @OptionGroup var database: DatabaseOption
    @OptionGroup var engineOptions: EngineOptions

    @Option(help: ArgumentHelp(option(.user), valueName: "name"))
    var user: String?

    @Flag(help: ArgumentHelp(option(.noColor)))
    var noColor = false

    @Option(help: ArgumentHelp(option(.clientCatalog), valueName: "file"))
    var catalog: String?

    @Flag(help: ArgumentHelp(option(.qa)))
    var qa = false

    @Flag(help: ArgumentHelp(option(.demo), discussion: option(.demoDetails)))
    var demo = false

    @Flag(help: ArgumentHelp(option(.fresh)))
    var fresh = false

    @Option(help: ArgumentHelp(option(.crowd), valueName: "n"))
    var crowd: Int?

    @Option(help: ArgumentHelp(option(.demoSeed), valueName: "n"))
    var seed: UInt64?

    @Option(help: ArgumentHelp(
        option(.server),
        discussion: option(.serverDetails),
        valueName: "url"))
    var server: String?

    mutating func validate() throws {
        if server != nil, demo || qa || catalog != nil || database.db != nil || !engineOptions.policyRequest().values.isEmpty {
            throw ValidationError(say(.serverWithLocalOptions))
        }
        if let server, !(server.hasPrefix("http://") || server.hasPrefix("https://")) {
            throw ValidationError(say(.serverAddress, server))
        }
        if !demo, crowd != nil || seed != nil || fresh { throw ValidationError(say(.demoOptionsNeedDemo)) }
        if let crowd, !(0...20_000).contains(crowd) { throw ValidationError(say(.crowdRange, crowd)) }
        do {
            _ = try BuyerName.validate(buyer)
        } catch {
            throw ValidationError(say(.userProblem, CommandLanguage.current.message(for: error)))
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
            print(say(.creatingDatabase, PrintableText.escaped(DatabaseTarget.shown(databasePath))))
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
            throw ExitMessage(.demoQANeedsFresh, CommandLanguage.current.message(for: error), code: error.code)
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
            throw ExitMessage(.needsTerminal, "\(error)", code: "NOT_A_TERMINAL")
        }
        defer { terminal.stop() }
        ClientSession(
            client: LocalBookingClient(engine: engine), scheduler: scheduler, user: buyer, qaControls: engine.isQAMode || demo,
            terminal: terminal, language: CommandLanguage.current
        ).run()
        logger.info("client closed for \(buyer)")
    }

    /// Refuses a terminal the screens cannot be drawn on, before any file is touched.
    static func requireDrawableTerminal() throws(ExitMessage) {
        do {
            try Terminal.requireCursorMovement()
        } catch .cannotMoveCursor(let type) {
            throw ExitMessage(.terminalTooSimple, type, code: "TERMINAL_TOO_SIMPLE")
        } catch .unknownTerminalType(let type) {
            throw ExitMessage(.unknownTerminal, type, code: "UNKNOWN_TERMINAL")
        } catch {
            throw ExitMessage(.terminalUnusable, "\(error)", code: "NOT_A_TERMINAL")
        }
    }

    /// Starts the demo's crowd here unless a running demo is joined, whose crowd goes on.
    private func startDemo(_ plan: DemoFile.Plan?, engine: BookingEngine, logger: Logger) async -> CrowdRunner? {
        guard let plan else { return nil }
        if plan == .join {
            print(say(.joiningDemo, PrintableText.escaped(databasePath)))
            logger.info("joined the demo running on \(databasePath)")
            return nil
        }
        let crowd = DemoMode.crowd(buyers: crowd ?? 300, seed: seed ?? 1)
        logger.info("demo crowd of \(crowd.buyers) buyers, seed \(crowd.seed), \(plan)")
        print(plan == .resume ? say(.continuingDemo, PrintableText.escaped(databasePath), crowd.buyers, crowd.seed)
              : say(.startingDemo, crowd.buyers, crowd.seed))
        let simulation = CrowdSimulation(engine: engine, configuration: crowd) { event in
            if let note = DemoMode.note(for: event) { engine.events.record(EngineEvent(at: event.at, detail: note)) }
        }
        let runner = CrowdRunner(simulation: simulation)
        if let why = await DemoMode.gatherCrowd(runner, engine: engine) {
            print(why)
            logger.info("\(why)")
        }
        return runner
    }
}
