import BookingEngine
import BoxOfficeAPI
import Hummingbird

/// Who may call: reads the bearer credential and checks that it is the kind the endpoint
/// takes. A missing or malformed credential, or an unknown buyer key, is 401; the other
/// kind is 403. A queue token is handed to the engine, which knows whether it is live and
/// whose it is.
struct Gate: Sendable {
    let engine: BookingEngine

    /// The buyer a buyer key names.
    func buyer(_ request: Request) async throws -> String {
        switch Credential(authorization: request.headers[.authorization]) {
        case .buyerKey(let key)?:
            do {
                return try await engine.buyer(forKey: key)
            } catch {
                throw APIError(error)
            }
        case .queueToken?: throw APIError.forbidden(needs: "buyer key (bk_…)")
        case nil: throw APIError.unauthorized
        }
    }

    /// The queue token the request carries.
    func token(_ request: Request) throws -> TokenID {
        switch Credential(authorization: request.headers[.authorization]) {
        case .queueToken(let token)?: token
        case .buyerKey?: throw APIError.forbidden(needs: "queue token (qt_…) from POST /queue/token")
        case nil: throw APIError.unauthorized
        }
    }
}

extension ServerContext {
    /// The integer id in the path parameter `name`. Any other text names nothing: 404 with
    /// the resource's code, as an unknown id gets.
    func id(_ name: String, code: String, resource: String) throws -> Int64 {
        let text = parameters.get(name) ?? ""
        guard let id = Int64(text) else {
            throw APIError(.notFound, code, "\(resource) \(text) does not exist.")
        }
        return id
    }
}
