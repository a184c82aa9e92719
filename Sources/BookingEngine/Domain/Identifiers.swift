#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

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

    /// The secret and the number in line this id carries, or nil when it is not spelled
    /// exactly as the engine spells ids (lowercase, no leading zero). Read byte by byte:
    /// every poll starts here.
    var parts: (secret: TokenSecret, sequence: Int64)? {
        var id = rawValue
        return id.withUTF8 { bytes in
            let dash = TokenSecret.length
            let digits = bytes.count - dash - 1
            guard (1...15).contains(digits), bytes[dash] == UInt8(ascii: "-"), bytes[dash + 1] != UInt8(ascii: "0"),
                  let secret = TokenSecret(utf8: bytes[..<dash])
            else { return nil }
            var sequence: Int64 = 0
            for byte in bytes[(dash + 1)...] {
                guard let digit = TokenSecret.hexDigit(byte) else { return nil }
                sequence = sequence << 4 | digit
            }
            return (secret, sequence)
        }
    }

    public var description: String { rawValue }

    /// The first eight digits, enough for a person to recognise their token on screen.
    public var short: String { String(rawValue.prefix(8)) }
}

/// The random part of a token id: 32 hex digits, 128 bits from the system's generator.
public struct TokenSecret: Hashable, Sendable {
    public let hex: String

    /// Hex digits in a secret.
    static let length = 32

    /// The secret spelled by exactly 32 lowercase hex digits, or nil.
    public init?(hex: String) {
        self.init(utf8: hex.utf8)
    }

    init?(utf8 bytes: some Collection<UInt8>) {
        guard bytes.count == Self.length, bytes.allSatisfy({ Self.hexDigit($0) != nil }) else { return nil }
        self.init(checked: String(decoding: bytes, as: UTF8.self))
    }

    private init(checked hex: String) {
        self.hex = hex
    }

    /// The value of a lowercase hex digit, or nil for any other byte.
    static func hexDigit(_ byte: UInt8) -> Int64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int64(byte - UInt8(ascii: "a") + 10)
        default: nil
        }
    }

    /// A fresh random secret from the system's cryptographic generator, spelled digit by
    /// digit into one string. Its 16 bytes are drawn in one call: the standard library's
    /// generator makes a system call per 8 bytes, about a microsecond each.
    public static func random() -> TokenSecret {
        var drawn: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &drawn) { arc4random_buf($0.baseAddress!, $0.count) }
        let words = [drawn.0, drawn.1]
        let digits = Array("0123456789abcdef".utf8)
        let hex = String(unsafeUninitializedCapacity: length) { buffer in
            for index in 0..<length {
                let word = words[index / 16]
                buffer[index] = digits[Int(truncatingIfNeeded: word >> (60 - 4 * UInt64(index % 16))) & 15]
            }
            return length
        }
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
public struct SeatID: Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
    public let rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    /// Seat order: a performance's seats are numbered section by section, in row order.
    public static func < (lhs: SeatID, rhs: SeatID) -> Bool { lhs.rawValue < rhs.rawValue }
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
