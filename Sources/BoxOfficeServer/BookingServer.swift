import BookingEngine
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// `boxoffice serve`: the HTTP API of API.md over one engine, with the engine's
/// schedulers and the change watcher as services of the application.
public enum BookingServer {
    /// The application: routes, middleware and services, ready to run.
    public static func application(
        engine: BookingEngine, settings: ServerSettings, logger: Logger
    ) -> some ApplicationProtocol {
        let router = Router(context: ServerContext.self)
        let changes = ChangeWatcher(engine: engine)
        let routes = Routes(
            engine: engine, gate: Gate(engine: engine),
            signUps: RateLimiter(perMinute: settings.signUpsPerMinute, limitsLoopback: settings.limitsLoopback),
            tokenIssues: RateLimiter(perMinute: settings.tokenIssuesPerMinute, limitsLoopback: settings.limitsLoopback),
            metrics: ServerMetrics(), changes: changes, openAPI: openAPIDocument)
        let endpoints = routes.endpoints
        var table = RouteTable()
        for endpoint in endpoints { table.add(endpoint.method, endpoint.path) }
        router.add(middleware: RequestRecorder(metrics: routes.metrics, logger: logger, routes: table))
        for endpoint in endpoints { router.on(RouterPath(endpoint.path), method: endpoint.method, use: endpoint.handler) }
        var app = Application(
            router: router, configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "boxoffice"),
            logger: logger)
        app.addServices(changes)
        if settings.runsSchedulers { app.addServices(SchedulerService(engine: engine, logger: logger)) }
        return app
    }

    /// Runs `application` until SIGTERM or SIGINT, then stops accepting connections and
    /// lets requests in flight finish for up to `gracePeriod`.
    public static func run(_ application: some ApplicationProtocol, logger: Logger, gracePeriod: Duration = .seconds(10)) async throws {
        var configuration = ServiceGroupConfiguration(services: [application], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        configuration.maximumGracefulShutdownDuration = gracePeriod
        try await ServiceGroup(configuration: configuration).run()
    }

    /// The OpenAPI 3.1 document of API.md, served at `/openapi.yaml`.
    public static let openAPIDocument: [UInt8] = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"), let data = try? Data(contentsOf: url) else { return [] }
        return Array(data)
    }()
}
