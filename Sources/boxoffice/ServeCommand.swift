import ArgumentParser
import BookingEngine
import BoxOfficeServer
import Logging

/// `boxoffice serve`: the HTTP API of API.md over one database, with its schedulers.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the booking API over HTTP (API.md), so that terminals on other machines and scripts can book.",
        discussion: """
            Listens on 127.0.0.1:8080 unless told otherwise (--host 0.0.0.0 serves other machines). Runs the \
            schedulers of its database; several servers and clients may share one database file. SIGTERM or \
            SIGINT stops accepting connections and lets the requests in flight finish (up to 10 s). One log \
            line per request goes to the log file (and standard error with --log-stderr). A --db file that \
            does not exist is created, with the demo catalog or --catalog FILE.
            """)

    @OptionGroup var database: DatabaseOption
    @OptionGroup var engineOptions: EngineOptions

    @Option(help: ArgumentHelp("The address to listen on.", valueName: "address")) var host = "127.0.0.1"
    @Option(help: ArgumentHelp("The port to listen on.", valueName: "port")) var port = 8080
    @Option(name: .customLong("signup-rate"), help: ArgumentHelp("Sign-ups per minute per client address (0: no limit).", valueName: "n"))
    var signUpRate = 20
    @Option(name: .customLong("token-rate"), help: ArgumentHelp("Token issues per minute per client address (0: no limit).", valueName: "n"))
    var tokenRate = 600
    @Flag(help: "Limit loopback addresses too (they are exempt by default).") var limitLoopback = false
    @Flag(help: "Copy the request log to standard error.") var logStderr = false
    @Flag(help: "Create the database in QA mode (its clock can be moved with `boxoffice tick --advance`).") var qa = false
    @Option(help: ArgumentHelp("A new database's first catalog instead of the demo one.", valueName: "file")) var catalog: String?

    mutating func validate() throws {
        if !(1...65_535).contains(port) { throw ValidationError("--port must be between 1 and 65535 (got \(port)).") }
        if signUpRate < 0 || tokenRate < 0 { throw ValidationError("--signup-rate and --token-rate are 0 or more per minute.") }
    }

    func run() async throws {
        let logger = Logger(label: "boxoffice.serve")
        if try await DatabaseTarget.opening(database.path) == .new {
            print("Creating a new database at \(PrintableText.escaped(DatabaseTarget.shown(database.path))).")
        }
        let engine: BookingEngine
        do {
            engine = try await DatabaseTarget.open(
                database.path, creation: .withFolders, policy: engineOptions.policyRequest(), qaMode: qa, catalog: catalog,
                keepAliveWrites: .batched(after: .seconds(1)))
        } catch {
            throw CommandFailure(error)
        }
        let settings = ServerSettings(
            host: host, port: port, signUpsPerMinute: signUpRate, tokenIssuesPerMinute: tokenRate, limitsLoopback: limitLoopback)
        logger.info("serving \(DatabaseTarget.shown(database.path)) on http://\(host):\(port), \(engine.storageDescription ?? "unknown storage")")
        await SharedFileWarning(engine: engine, logger: logger).check()
        let application = BookingServer.application(engine: engine, settings: settings, logger: logger)
        do {
            try await BookingServer.run(application, logger: logger)
        } catch {
            logger.error("the server stopped: \(error)")
            throw ExitMessage("The server could not run on \(host):\(port): \(error)", code: "SERVE_FAILED")
        }
        logger.info("server stopped")
    }
}
