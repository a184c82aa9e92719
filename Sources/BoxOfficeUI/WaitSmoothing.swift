import BookingEngine

/// The wait estimate the waiting room shows, and when it was worked out.
public struct ShownWait: Sendable, Equatable {
    public let lowSeconds: Int64
    public let highSeconds: Int64
    /// The moment the range counts from.
    public let at: Timestamp

    /// The range as `Formatting.wait` takes it.
    public var estimate: WaitEstimate { .range(lowSeconds: lowSeconds, highSeconds: highSeconds) }

    /// The same wait seen from `moment`: what was left then, less the time since.
    func remaining(at moment: Timestamp) -> (low: Double, high: Double) {
        let passed = Double(max(0, moment.milliseconds - at.milliseconds)) / 1000
        return (max(0, Double(lowSeconds) - passed), max(0, Double(highSeconds) - passed))
    }
}

/// Smooths the engine's wait estimates, which follow the admission rate and so jump when a
/// batch is admitted: each new estimate moves the shown one part of the way, the shown one
/// counts down between checks, and it never promises less than the time to the next
/// admission, when the next free place can come at the earliest.
enum WaitSmoothing {
    /// How much of a new estimate is taken at once.
    static let weight = 0.4

    static func next(
        shown: ShownWait?, estimate: WaitEstimate, now: Timestamp, nextAdmissionAt: Timestamp?
    ) -> ShownWait? {
        var range: (low: Double, high: Double)
        switch (shown, estimate) {
        case (nil, .unknown):
            return nil
        case (let shown?, .unknown):
            range = shown.remaining(at: now)
        case (nil, .range(let low, let high)):
            range = (Double(low), Double(high))
        case (let shown?, .range(let low, let high)):
            let before = shown.remaining(at: now)
            range = (before.low + (Double(low) - before.low) * weight, before.high + (Double(high) - before.high) * weight)
        }
        if let nextAdmissionAt {
            let floor = Double(max(0, nextAdmissionAt.milliseconds - now.milliseconds)) / 1000
            range.low = max(range.low, floor)
            range.high = max(range.high, floor)
        }
        let low = Int64(range.low.rounded(.down))
        return ShownWait(lowSeconds: low, highSeconds: max(low, Int64(range.high.rounded(.up)), 1), at: now)
    }
}
