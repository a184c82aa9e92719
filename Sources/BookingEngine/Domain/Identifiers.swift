/// A queue token's id: a `TokenSecret` (128 random bits from the system's cryptographic
/// source), a dash, and the token's number in line in hex. Nobody can guess someone
/// else's token: knowing a number in line is no help without its secret.
public struct TokenID: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The id of the token numbered `sequence` in line, with its secret: the secret, a
    /// dash, and the number in hex. The secret makes it unguessable; the number leads the
    /// store straight to the token's row, so no index of ids is kept or searched.
    init(secret: String, sequence: Int64) {
        rawValue = secret + "-" + String(sequence, radix: 16)
    }

    /// The secret and the number in line this id carries, or nil when it is not an id the
    /// engine could have issued.
    var parts: (secret: TokenSecret, sequence: Int64)? {
        guard let dash = rawValue.firstIndex(of: "-"), let secret = TokenSecret(hex: String(rawValue[..<dash])) else { return nil }
        let number = rawValue[rawValue.index(after: dash)...]
        guard let sequence = Int64(number, radix: 16), sequence > 0, String(sequence, radix: 16) == number else { return nil }
        return (secret, sequence)
    }

    public var description: String { rawValue }

    /// The first eight digits, enough for a person to recognise their token on screen.
    public var short: String { String(rawValue.prefix(8)) }
}

/// The random part of a token id: 32 hex digits, 128 bits from the system's generator.
public struct TokenSecret: Hashable, Sendable {
    public let hex: String

    /// The secret spelled by exactly 32 lowercase hex digits, or nil.
    public init?(hex: String) {
        guard hex.utf8.count == 32, hex.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return nil }
        self.init(checked: hex)
    }

    private init(checked hex: String) {
        self.hex = hex
    }

    /// A fresh random secret.
    public static func random() -> TokenSecret {
        var generator = SystemRandomNumberGenerator()
        let hex = (0..<2).map { _ in
            let digits = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
        return TokenSecret(checked: hex)
    }
}

/// Identifies a concert in the catalog.
public struct ConcertID: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
}

/// Identifies one performance (date) of a concert.
public struct DateID: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
}

/// Identifies one seat of one performance.
public struct SeatID: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
}

/// Identifies a reservation: a hold, later confirmed by payment or canceled.
public struct ReservationID: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
}

/// Identifies a payment (one debit covering one or more reservations).
public struct PaymentID: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
}
