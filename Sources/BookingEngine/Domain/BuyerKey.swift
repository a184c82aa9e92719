import Crypto

/// A buyer's key: the credential a buyer signs in with over the network. `bk_` and 48 hex
/// digits (192 random bits); the database keeps only its SHA-256 hash, so a lost key is
/// replaced, never shown again.
public struct BuyerKey: Sendable, Equatable, CustomStringConvertible {
    public let value: String

    /// The prefix every key starts with.
    public static let prefix = "bk_"

    /// The key spelled `value`, or nil when it is not spelled as keys are.
    public init?(_ value: String) {
        let digits = value.utf8.dropFirst(Self.prefix.utf8.count)
        guard value.hasPrefix(Self.prefix), digits.count == 48, digits.allSatisfy({ TokenSecret.hexDigit($0) != nil }) else {
            return nil
        }
        self.value = value
    }

    private init(checked value: String) {
        self.value = value
    }

    /// A fresh key from the system's cryptographic generator.
    public static func random() -> BuyerKey {
        BuyerKey(checked: prefix + (0..<3).map { _ in TokenSecret.random().hex.prefix(16) }.joined())
    }

    /// What the database keeps: the key's SHA-256, in hex.
    var hash: String {
        SHA256.hash(data: Array(value.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The key shortened for logs: its prefix and first digits only.
    public var description: String { String(value.prefix(7)) + "…" }
}

/// A buyer as an operator sees them.
public struct BuyerAccount: Sendable, Equatable, Codable {
    public let name: String
    public let balance: Int64
    /// When the buyer's current key was made; nil for a buyer who has no key (one who only
    /// ever used a terminal on the database's machine).
    public let keyMadeAt: Timestamp?

    public init(name: String, balance: Int64, keyMadeAt: Timestamp?) {
        self.name = name
        self.balance = balance
        self.keyMadeAt = keyMadeAt
    }
}

/// A buyer's name and the key made for them, shown once.
public struct BuyerCredentials: Sendable, Equatable {
    public let name: String
    public let key: BuyerKey
}
