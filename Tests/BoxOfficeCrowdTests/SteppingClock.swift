import BookingEngine

/// A `Clock` for the real-time runner in tests: sleeping moves the engine's
/// `ManualClock` to the deadline and returns at once, so nothing really waits.
struct SteppingClock: Clock {
    /// A moment of the engine's manual clock.
    struct Instant: InstantProtocol {
        let offset: Duration

        func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - offset }
        static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    let engineClock: ManualClock

    var now: Instant { Instant(offset: .milliseconds(engineClock.now().milliseconds)) }
    var minimumResolution: Duration { .milliseconds(1) }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        let target = Timestamp(milliseconds: deadline.offset.wholeMilliseconds)
        if target > engineClock.now() { engineClock.set(to: target) }
        await Task.yield()
    }
}
