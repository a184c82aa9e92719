import BookingEngine
import Hummingbird

/// The API's endpoints over one engine. Each `Routes+*.swift` adds one resource's routes;
/// every handler maps the request to one engine call and the answer back (a thin shell:
/// the rules are the engine's).
struct Routes: Sendable {
    let engine: BookingEngine
    let gate: Gate
    let signUps: RateLimiter
    let tokenIssues: RateLimiter
    let metrics: ServerMetrics
    let changes: ChangeWatcher
    let openAPI: [UInt8]

    /// Every endpoint of the API.
    var endpoints: [Endpoint] {
        buyerEndpoints + queueEndpoints + catalogEndpoints + venueEndpoints + reservationEndpoints + paymentEndpoints + pointsEndpoints
            + serviceEndpoints
    }
}

/// One method on one path, and what answers it.
struct Endpoint: Sendable {
    let method: HTTPRequest.Method
    let path: String
    let handler: @Sendable (Request, ServerContext) async throws -> Response

    init(_ method: HTTPRequest.Method, _ path: String, _ handler: @escaping @Sendable (Request, ServerContext) async throws -> Response) {
        self.method = method
        self.path = path
        self.handler = handler
    }
}
