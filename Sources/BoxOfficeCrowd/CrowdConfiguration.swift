import BookingEngine

/// How a simulated crowd behaves: how many buyers, when they arrive, how fast they think,
/// and how often they take each turn of the journey. Defaults follow a realistic evening
/// on sale; `speed` compresses every duration for demos on quick engine timings.
public struct CrowdConfiguration: Sendable, Equatable {
    /// How many buyers make up the crowd.
    public var buyers: Int = 300
    /// The seed of every random decision; the same seed replays the same crowd.
    public var seed: UInt64 = 1
    /// Buyer names are `prefix-NNNN`; give each process of a multi-process run its own.
    public var namePrefix: String = "crowd"
    /// The index of the first buyer; buyer `i` of this crowd is named and seeded by
    /// `firstIndex + i`, so processes with disjoint ranges act as one larger crowd.
    public var firstIndex: Int = 0
    /// Arrivals are spread over this window after the start.
    public var arrivalWindow: Duration = .seconds(600)
    /// How often a waiting buyer asks for their position (jittered by ±20%).
    public var pollInterval: Duration = .seconds(5)
    /// Seconds a buyer is willing to wait in line, at least and at most.
    public var patience: ClosedRange<Int> = 120...1_800
    /// Seconds spent reading the concert list or a seat map before acting.
    public var browseSeconds: ClosedRange<Int> = 3...25
    /// Seconds between holding seats and paying, for most buyers.
    public var checkoutSeconds: ClosedRange<Int> = 5...90
    /// The share of buyers who pay, of those who hold seats (the rest abandon).
    public var payProbability: Double = 0.75
    /// The share of payers so slow that their hold may lapse first: they take 0.8 to 1.5
    /// times the engine's hold duration, whatever the crowd's speed.
    public var slowPayerProbability: Double = 0.06
    /// The share of abandoning buyers who release their hold rather than let it lapse.
    public var releaseProbability: Double = 0.5
    /// The share of short buyers who top up (the others give the seats up).
    public var topUpProbability: Double = 0.85
    /// The share of buyers who paid and come back later for a second purchase.
    public var returnProbability: Double = 0.2
    /// Minutes before a buyer who paid comes back for a second purchase.
    public var returnMinutes: ClosedRange<Int> = 2...30
    /// Divides every duration of the journey: 10 makes the crowd ten times as hasty.
    public var speed: Double = 1

    /// The defaults: 300 buyers arriving over ten minutes, seed 1, real-time pacing.
    public init() {}

    /// `seconds` at this crowd's speed.
    func scaled(seconds: Double) -> Duration {
        .milliseconds(Int64((seconds * 1000 / max(speed, 0.001)).rounded()))
    }

    /// `duration` at this crowd's speed.
    func scaled(_ duration: Duration) -> Duration {
        scaled(seconds: Double(duration.wholeMilliseconds) / 1000)
    }

    /// The name of buyer `index` (counted from `firstIndex`).
    func name(of index: Int) -> String {
        let number = String(index)
        return "\(namePrefix)-\(String(repeating: "0", count: max(0, 4 - number.count)))\(number)"
    }
}
