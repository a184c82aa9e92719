/// What a crowd has done so far, for the inspector and status lines. A plain value:
/// take a copy whenever you like, it never changes under you.
public struct CrowdStatistics: Sendable, Equatable {
    /// Buyers who asked for a place in line (counting each return).
    public var joined = 0
    /// Buyers let in to shop.
    public var admitted = 0
    /// Successful holds, and the seats in them.
    public var holds = 0
    public var seatsHeld = 0
    /// Successful payments, the seats they bought and the points they took.
    public var payments = 0
    public var seatsBought = 0
    public var pointsSpent: Int64 = 0
    /// Top-ups and the points they added.
    public var topUps = 0
    public var pointsCharged: Int64 = 0
    /// Buyers who released their holds, or walked away and let them lapse.
    public var released = 0
    public var abandoned = 0
    /// Buyers who stopped waiting in line.
    public var gaveUp = 0
    /// Buyers who found every performance sold out.
    public var foundNothing = 0
    /// Returns to the line: second purchases and retries after a lapsed token.
    public var rejoined = 0
    /// Failed engine calls by error code (`SEAT_UNAVAILABLE`, …).
    public var errors: [String: Int] = [:]
    /// Buyers whose journey is over.
    public var finishedBuyers = 0
    /// Engine calls made.
    public var actions = 0

    /// Nothing counted yet.
    public init() {}

    /// Every failed call, whatever its code.
    public var errorCount: Int { errors.values.reduce(0, +) }

    /// Counts `event`.
    public mutating func record(_ event: CrowdEvent) {
        switch event.kind {
        case .joined: joined += 1
        case .admitted: admitted += 1
        case .held(let seats, _):
            holds += 1
            seatsHeld += seats
        case .toppedUp(let amount):
            topUps += 1
            pointsCharged += amount
        case .paid(let seats, let amount):
            payments += 1
            seatsBought += seats
            pointsSpent += amount
        case .released: released += 1
        case .abandoned: abandoned += 1
        case .gaveUp: gaveUp += 1
        case .foundNothing: foundNothing += 1
        case .rejoined: rejoined += 1
        case .failed(let error): errors[error.code, default: 0] += 1
        }
    }
}
