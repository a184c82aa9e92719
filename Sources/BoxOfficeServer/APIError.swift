import BookingEngine
import BoxOfficeAPI
import HTTPTypes

/// An error as the API answers it: a status, the engine's stable code, a message, and
/// the headers some statuses carry (`WWW-Authenticate`, `Retry-After`, `Allow`).
struct APIError: Error, Sendable {
    let status: HTTPResponse.Status
    let body: ErrorBody
    var headers: HTTPFields = [:]

    /// The largest request body read.
    static let maxBody = 65_536

    init(_ status: HTTPResponse.Status, _ code: String, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        body = ErrorBody(code: code, message: message)
        self.headers = headers
    }

    /// An engine error under API.md's status table.
    init(_ failure: BookingError) {
        status = Self.status(of: failure)
        var body = ErrorBody(failure)
        switch failure {
        case .unauthorized:
            headers[.wwwAuthenticate] = "Bearer"
        case .storageFailure:
            body.error.code = "STORAGE_BUSY"
            headers[.retryAfter] = "1"
        default:
            break
        }
        self.body = body
    }

    private static func status(of failure: BookingError) -> HTTPResponse.Status {
        switch failure {
        case .invalidRequest, .invalidUserName, .invalidCatalog, .policyConflict: .badRequest
        case .unauthorized: .unauthorized
        case .tokenNotActive, .notYourReservation: .forbidden
        case .tokenNotFound, .concertNotFound, .dateNotFound, .seatNotFound, .sectionNotFound, .reservationNotFound, .buyerNotFound: .notFound
        case .seatUnavailable, .holdLimitReached, .notEnoughSeats, .nameTaken, .alreadyPaid, .idempotencyKeyReused: .conflict
        case .tokenExpired, .holdExpired: .gone
        case .notEnoughPoints, .invalidAmount: .unprocessableContent
        case .storageFailure: .serviceUnavailable
        }
    }

    /// No credential, or one spelled as neither a buyer key nor a queue token.
    static let unauthorized = APIError(BookingError.unauthorized)

    /// A valid kind of credential, but not the kind this endpoint takes.
    static func forbidden(needs kind: String) -> APIError {
        APIError(.forbidden, "FORBIDDEN", "This call needs your \(kind) in the Authorization header.")
    }

    /// A body that is not the JSON this endpoint reads.
    static func invalidRequest(_ message: String) -> APIError {
        APIError(.badRequest, "INVALID_REQUEST", message)
    }

    static let payloadTooLarge = APIError(.contentTooLarge, "PAYLOAD_TOO_LARGE", "The request body is over \(maxBody) bytes.")

    static let routeNotFound = APIError(.notFound, "NOT_FOUND", "There is no such endpoint. See /openapi.yaml for the API.")

    static func methodNotAllowed(allowed: [HTTPRequest.Method]) -> APIError {
        APIError(
            .methodNotAllowed, "METHOD_NOT_ALLOWED", "This endpoint does not take that method.",
            headers: [.allow: allowed.map(\.rawValue).joined(separator: ", ")])
    }

    static func rateLimited(retryAfter seconds: Int) -> APIError {
        APIError(
            .tooManyRequests, "RATE_LIMITED", "Too many requests from your address. Try again in \(seconds) s.",
            headers: [.retryAfter: String(seconds)])
    }
}
