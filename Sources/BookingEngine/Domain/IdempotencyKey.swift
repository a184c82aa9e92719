#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A caller's name for one attempt at a request that moves points (a payment, a top-up).
/// The first success under a key binds it: the same key again gets the same answer and
/// changes nothing, whatever happened since; the key with a different request is refused.
public struct IdempotencyKey: Hashable, Sendable, CustomStringConvertible {
    /// What kind of request a key belongs to: keys of one buyer are separate per scope.
    public enum Scope: String, Sendable {
        case payment
        case topUp = "top-up"
    }

    public let value: String

    /// The key spelled `value`: 1 to 255 visible ASCII characters, or `invalidRequest`.
    public init(_ value: String) throws(BookingError) {
        guard (1...255).contains(value.utf8.count), value.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            throw .invalidRequest(.requestKeyInvalid)
        }
        self.value = value
    }

    private init(checked value: String) {
        self.value = value
    }

    /// A fresh key from the system's cryptographic generator: one per attempt.
    public static func random() -> IdempotencyKey {
        IdempotencyKey(checked: "k" + TokenSecret.random().hex)
    }

    public var description: String { value }

    /// How long a bound key answers replays at least (SPEC: kept at least a day).
    public static let kept: Duration = .seconds(86_400)

    /// The request a payment key binds: the reservations, in order.
    static func payment(_ reservations: [ReservationID]) -> String {
        "pay " + reservations.map(\.description).joined(separator: ",")
    }

    /// The request a top-up key binds: the buyer and the amount.
    static func topUp(buyer: String, amount: Int64) -> String {
        "top-up \(amount) for \(buyer)"
    }
}
