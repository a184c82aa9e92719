import BookingEngine
import BoxOfficeAPI
import HTTPTypes
import Hummingbird

extension Routes {
    /// `POST /payments` (queue token and `Idempotency-Key`): 201 with a new receipt, 200
    /// with the original one for a replayed key or reservations already paid.
    var paymentEndpoints: [Endpoint] {
        [
            Endpoint(.post, "/payments") { request, _ in
                let token = try gate.token(request)
                let key = try request.idempotencyKey()
                let body = try await request.decode(PaymentRequest.self)
                let receipt = try await engine.pay(token: token, reservations: body.reservations.map(ReservationID.init), key: key)
                return try JSONResponse.make(ReceiptBody(receipt), status: receipt.wasAlreadyPaid ? .ok : .created)
            }
        ]
    }
}

extension Request {
    /// The `Idempotency-Key` header: required, 1 to 255 visible ASCII characters (else 400
    /// INVALID_REQUEST).
    func idempotencyKey() throws -> IdempotencyKey {
        guard let text = headers[Self.idempotencyKeyField] else {
            throw APIError.invalidRequest("This call needs an Idempotency-Key header naming this attempt.")
        }
        do throws(BookingError) {
            return try IdempotencyKey(text)
        } catch {
            throw APIError(error)
        }
    }

    private static let idempotencyKeyField = HTTPField.Name("Idempotency-Key")!
}
