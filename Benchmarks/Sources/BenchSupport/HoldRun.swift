import BookingEngine

/// Outcomes of a run of hold attempts.
public struct HoldCounts: Sendable, Codable {
    public var held = 0
    /// Refused because someone holds or bought the seat (the expected race outcome).
    public var unavailable = 0
    /// Refused because the buyer holds the maximum already.
    public var limitReached = 0
    /// Storage failures that report a busy database.
    public var busy = 0
    /// Any other failure.
    public var other = 0

    public init() {}

    public static func + (lhs: HoldCounts, rhs: HoldCounts) -> HoldCounts {
        var sum = lhs
        sum.held += rhs.held
        sum.unavailable += rhs.unavailable
        sum.limitReached += rhs.limitReached
        sum.busy += rhs.busy
        sum.other += rhs.other
        return sum
    }
}

/// One worker's hold attempts: each takes the next buyer with room for another hold and
/// one seat, from the front section with probability `hotShare`, else from anywhere.
public struct HoldRun: Sendable {
    public let tokens: [TokenID]
    public let seats: [SeatID]
    public let front: [SeatID]
    public let attempts: Int
    public let hotShare: Double
    public let seed: UInt64

    public init(tokens: [TokenID], seats: [SeatID], front: [SeatID], attempts: Int, hotShare: Double = 0.5, seed: UInt64) {
        self.tokens = tokens
        self.seats = seats
        self.front = front
        self.attempts = attempts
        self.hotShare = hotShare
        self.seed = seed
    }

    /// Runs the attempts one after another on `engine`.
    public func run(on engine: BookingEngine) async -> HoldCounts {
        var counts = HoldCounts()
        var random = SplitMix64(seed: seed)
        var buyers = tokens
        var next = 0
        for _ in 0..<attempts {
            guard !buyers.isEmpty else { break }
            let pool = Double(random.next() % 1_000_000) / 1_000_000 < hotShare ? front : seats
            let seat = pool[Int(random.next() % UInt64(pool.count))]
            next %= buyers.count
            do {
                _ = try await engine.hold(token: buyers[next], seats: [seat])
                counts.held += 1
                next += 1
            } catch .seatUnavailable {
                counts.unavailable += 1
            } catch .holdLimitReached {
                counts.limitReached += 1
                buyers.remove(at: next)
            } catch .storageFailure(.busy) {
                counts.busy += 1
            } catch {
                counts.other += 1
            }
        }
        return counts
    }
}

/// A small, fast, seedable generator so that runs repeat.
public struct SplitMix64: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
