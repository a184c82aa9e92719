import BookingEngine

/// What travels in `Authorization: Bearer …`: a buyer key (`bk_…`) or a queue token
/// (`qt_` and the engine's token id).
public enum Credential: Sendable, Equatable {
    case buyerKey(String)
    case queueToken(TokenID)

    /// What every queue token starts with on the wire.
    public static let queueTokenPrefix = "qt_"

    /// The credential of an `Authorization` header value, or nil when it is missing or
    /// not spelled as a buyer key or a queue token. The scheme word is case-insensitive.
    public init?(authorization: String?) {
        guard let authorization else { return nil }
        let parts = authorization.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let value = String(parts[1].drop { $0 == " " })
        if BuyerKey(value) != nil {
            self = .buyerKey(value)
        } else if value.hasPrefix(Self.queueTokenPrefix), case let token = TokenID(rawValue: String(value.dropFirst(3))), token.isWellFormed {
            self = .queueToken(token)
        } else {
            return nil
        }
    }

    /// The header value that carries this credential.
    public var authorization: String {
        switch self {
        case .buyerKey(let key): "Bearer " + key
        case .queueToken(let token): "Bearer " + Self.wire(token)
        }
    }

    /// A queue token as the API spells it.
    public static func wire(_ token: TokenID) -> String { queueTokenPrefix + token.rawValue }

    /// The engine's token id of a wire token (`qt_…`), or nil.
    public static func token(fromWire text: String) -> TokenID? {
        guard text.hasPrefix(queueTokenPrefix) else { return nil }
        let token = TokenID(rawValue: String(text.dropFirst(queueTokenPrefix.count)))
        return token.isWellFormed ? token : nil
    }
}
