import ArgumentParser
import BookingEngine
import BoxOfficeUI
import BoxOfficeServer
import Logging

/// `boxoffice serve`: the HTTP API of API.md over one database, with its schedulers.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: about(.aboutServe),
        discussion: about(.aboutServeDetails))

    @OptionGroup var database: DatabaseOption
    @OptionGroup var engineOptions: EngineOptions

    @Option(help: ArgumentHelp(option(.serveHost), valueName: "address")) var host = "127.0.0.1"
    @Option(help: ArgumentHelp(option(.servePort), valueName: "port")) var port = 8080
    @Option(name: .customLong("signup-rate"), help: ArgumentHelp(option(.serveSignUpRate), valueName: "n"))
    var signUpRate = 20
    @Option(name: .customLong("token-rate"), help: ArgumentHelp(option(.serveTokenRate), valueName: "n"))
    var tokenRate = 600
    @Flag(help: ArgumentHelp(option(.serveLimitLoopback))) var limitLoopback = false
    @Flag(help: ArgumentHelp(option(.serveLogStderr))) var logStderr = false
    @Flag(help: ArgumentHelp(option(.serveQA))) var qa = false
    @Option(help: ArgumentHelp(option(.serveCatalog), valueName: "file")) var catalog: String?

    mutating func validate() throws {
        if !(1...65_535).contains(port) { throw ValidationError(say(.portRange, port)) }
        if signUpRate < 0 || tokenRate < 0 { throw ValidationError(say(.ratesRange)) }
    }

    func run() async throws {
        let logger = Logger(label: "boxoffice.serve")
        if try await DatabaseTarget.opening(database.path) == .new {
            print(say(.creatingDatabase, PrintableText.escaped(DatabaseTarget.shown(database.path))))
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
            throw ExitMessage(.serveFailed, "\(host):\(port)", "\(error)", code: "SERVE_FAILED")
        }
        logger.info("server stopped")
    }
}
