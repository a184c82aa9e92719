import BookingEngine

/// A clock that starts at a chosen moment and then runs in real time: a line prepared on a
/// `ManualClock` goes on living from where its preparation stopped.
public struct LiveClock: EngineClock {
    private let start: Timestamp
    private let started = ContinuousClock.now

    public init(from start: Timestamp) {
        self.start = start
    }

    public func now() -> Timestamp {
        start + (ContinuousClock.now - started)
    }
}
