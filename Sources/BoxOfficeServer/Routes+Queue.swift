import BoxOfficeAPI
import Hummingbird

extension Routes {
    /// `POST /queue/token` (buyer key; rate-limited per address) and `GET /queue/position`
    /// (queue token).
    var queueEndpoints: [Endpoint] {
        [
            Endpoint(.post, "/queue/token") { request, context in
                if let wait = tokenIssues.take(from: context.remoteAddress) { throw APIError.rateLimited(retryAfter: wait) }
                let buyer = try await gate.buyer(request)
                let (status, isNew) = try await engine.joinLine(user: buyer)
                return try JSONResponse.make(QueueStatusBody(status), status: isNew ? .created : .ok)
            },
            Endpoint(.get, "/queue/position") { request, _ in
                let token = try gate.token(request)
                return try JSONResponse.make(QueueStatusBody(try await engine.queueStatus(token: token)))
            }
        ]
    }
}
