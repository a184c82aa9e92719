import BookingEngine
import BoxOfficeAPI

/// Signing up with a server: `POST /buyers`.
public enum SignUp {
    /// The new buyer's name (as stored) and key. Sent once, never retried blindly: the key
    /// is shown only in the answer, so a lost answer must not make a second buyer.
    public static func request(server: String, name: String) async throws(BookingError) -> (name: String, key: String) {
        let connection = ServerConnection(base: server)
        let answer = try await connection.send(.POST, "/buyers", body: SignUpRequest(name: name), retrying: false)
        guard answer.status == 201 else { throw answer.failure }
        let body = try answer.decode(BuyerBody.self)
        return (body.name, body.key)
    }
}
