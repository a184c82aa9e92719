/// A queue token's id: 128 random bits from the system's cryptographic source, as 32
/// lowercase hex digits. Never a row number, so nobody can guess someone else's token.
public struct TokenID: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A fresh random token id.
    public static func random() -> TokenID {
        var generator = SystemRandomNumberGenerator()
        let hex = (0..<2).map { _ in
            let word = generator.next() as UInt64
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
        return TokenID(rawValue: hex)
    }

    public var description: String { rawValue }

    /// The first eight digits, enough for a person to recognise their token on screen.
    public var short: String { String(rawValue.prefix(8)) }
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
