import BoxOfficeAPI
import Hummingbird
import Logging

/// The outermost middleware: turns every failure into API.md's error body, then logs one
/// line per request (method, path, status, duration, request id) and counts it in the
/// metrics. Paths carry no credential (they travel in headers), so the line never holds one.
struct RequestRecorder: RouterMiddleware {
    typealias Context = ServerContext
    let metrics: ServerMetrics
    let logger: Logger
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        metrics.started()
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = JSONResponse.make(routes.apiError(for: error, request: request))
        }
        let duration = ContinuousClock.now - started
        let route = context.endpointPath.map { $0 == "NotFound" ? "unmatched" : $0 } ?? "unmatched"
        metrics.finished(route: route, method: request.method.rawValue, status: response.status.code, duration: duration)
        let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        logger.info("\(request.method.rawValue) \(request.uri.path) \(response.status.code) \(Self.milliseconds(ms)) req=\(context.id)")
        return response
    }

    private static func milliseconds(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)ms"
    }
}
