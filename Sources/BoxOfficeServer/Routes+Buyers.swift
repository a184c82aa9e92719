import BoxOfficeAPI
import Hummingbird

extension Routes {
    /// `POST /buyers`: sign up, rate-limited per client address.
    var buyerEndpoints: [Endpoint] {
        [
            Endpoint(.post, "/buyers") { request, context in
                if let wait = signUps.take(from: context.remoteAddress) { throw APIError.rateLimited(retryAfter: wait) }
                let body = try await request.decode(SignUpRequest.self)
                let credentials = try await engine.signUp(name: body.name)
                return try JSONResponse.make(BuyerBody(credentials), status: .created)
            }
        ]
    }
}
