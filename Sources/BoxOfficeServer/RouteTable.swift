import BookingEngine
import HTTPTypes
import Hummingbird
import NIOCore

/// The API's paths and the methods each takes, to tell an unknown path (404 NOT_FOUND)
/// from a known path asked with another method (405 METHOD_NOT_ALLOWED, with `Allow`).
struct RouteTable: Sendable {
    /// Path templates, segments starting with `:` matching any one segment.
    private var methods: [[Substring]: [HTTPRequest.Method]] = [:]

    mutating func add(_ method: HTTPRequest.Method, _ path: String) {
        methods[Self.segments(path), default: []].append(method)
    }

    /// The methods a path takes, or nil for a path the API does not have. A path that fits
    /// several templates is the one with the fewest `:` segments (`/reservations/best`, not
    /// `/reservations/:id`), as the router matches it.
    func allowed(for path: String) -> [HTTPRequest.Method]? {
        let asked = Self.segments(path)
        let fitting = methods.filter { template, _ in
            template.count == asked.count && zip(template, asked).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
        }
        return fitting.min { Self.wildcards($0.key) < Self.wildcards($1.key) }?.value
    }

    private static func wildcards(_ template: [Substring]) -> Int {
        template.filter { $0.hasPrefix(":") }.count
    }

    /// The API's answer to a failure.
    func apiError(for error: any Error, request: Request) -> APIError {
        switch error {
        case let error as APIError: return error
        case let error as BookingError: return APIError(error)
        case is NIOTooManyBytesError: return .payloadTooLarge
        case let error as HTTPError where error.status == .notFound:
            if let allowed = allowed(for: request.uri.path), !allowed.contains(request.method) {
                return .methodNotAllowed(allowed: allowed)
            }
            return .routeNotFound
        case let error as HTTPError where error.status == .contentTooLarge: return .payloadTooLarge
        default:
            return APIError(.internalServerError, "INTERNAL_ERROR", "The server could not answer this request.")
        }
    }

    private static func segments(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }
}
