import BookingEngine

/// Something a simulated buyer did or ran into, with a short line for people
/// ("crowd-0042 paid 2 seats for 264000"), as shown in the inspector's last events.
public struct CrowdEvent: Sendable, Equatable, CustomStringConvertible {
    /// What happened; the statistics count these.
    public enum Kind: Sendable, Equatable {
        case joined(position: Int?)
        case admitted
        case held(seats: Int, amount: Int64)
        case toppedUp(amount: Int64)
        case paid(seats: Int, amount: Int64)
        case released(seats: Int)
        /// Walked away from a hold, letting it lapse.
        case abandoned(seats: Int)
        /// Stopped polling the line; the waiting token will lapse.
        case gaveUp(position: Int)
        /// Found nothing left to buy and left.
        case foundNothing
        /// Came back to the line (after paying, or after the token lapsed).
        case rejoined
        /// An engine call failed with this error.
        case failed(BookingError)
    }

    /// Engine time of the action.
    public let at: Timestamp
    /// The buyer's name, such as `crowd-0042`.
    public let buyer: String
    public let kind: Kind

    /// An event of `buyer` at engine time `at`.
    public init(at: Timestamp, buyer: String, kind: Kind) {
        self.at = at
        self.buyer = buyer
        self.kind = kind
    }

    /// The event as one short line.
    public var description: String {
        "\(buyer) \(summary)"
    }

    private var summary: String {
        switch kind {
        case .joined(let position?): "joined the line at position \(position)"
        case .joined(nil): "joined and was admitted at once"
        case .admitted: "was admitted"
        case .held(let seats, let amount): "held \(plural(seats, "seat")) worth \(amount)"
        case .toppedUp(let amount): "topped up \(amount) points"
        case .paid(let seats, let amount): "paid \(plural(seats, "seat")) for \(amount)"
        case .released(let seats): "released \(plural(seats, "seat"))"
        case .abandoned(let seats): "walked away from \(plural(seats, "held seat"))"
        case .gaveUp(let position): "gave up waiting at position \(position)"
        case .foundNothing: "found no seats to buy and left"
        case .rejoined: "came back to the line"
        case .failed(let error): "hit \(error.code)"
        }
    }

    private func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}
