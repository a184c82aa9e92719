import BoxOfficeAPI
import Hummingbird

extension Routes {
    /// `GET /points`, `POST /points` (with `Idempotency-Key`) and `GET /bookings`, each for
    /// the buyer the key names and no one else.
    var pointsEndpoints: [Endpoint] {
        [
            Endpoint(.get, "/points") { request, _ in
                let buyer = try await gate.buyer(request)
                return try JSONResponse.make(BalanceBody(balance: try await engine.balance(user: buyer)))
            },
            Endpoint(.post, "/points") { request, _ in
                let buyer = try await gate.buyer(request)
                let key = try request.idempotencyKey()
                let body = try await request.decode(TopUpRequest.self)
                return try JSONResponse.make(BalanceBody(balance: try await engine.charge(user: buyer, amount: body.amount, key: key)))
            },
            Endpoint(.get, "/bookings") { request, _ in
                let buyer = try await gate.buyer(request)
                let holds = try await engine.holds(user: buyer)
                let bookings = try await engine.bookings(user: buyer)
                return try JSONResponse.make(BookingsBody(holds: holds, bookings: bookings))
            }
        ]
    }
}
