import BookingEngine

/// This machine's clock moved by a fixed offset: a process whose clock is wrong, as the
/// chaos run's skewed crowds are (`crowd --clock-offset`).
struct OffsetClock: EngineClock {
    let offset: Duration

    func now() -> Timestamp { SystemClock().now() + offset }
}
