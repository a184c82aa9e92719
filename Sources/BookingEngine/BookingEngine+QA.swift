extension BookingEngine {
    /// Whether this engine runs on a QA database, whose clock can be moved.
    public var isQAMode: Bool { clock is QAClock }

    /// Moves the clock of every process sharing this QA database forward by `duration`,
    /// then returns the new time. Fails with `invalidRequest` on a database not created in QA mode.
    @discardableResult
    public func advanceClock(by duration: Duration) async throws(BookingError) -> Timestamp {
        let described = { (_: Timestamp) in "Clock moved forward \(Self.describe(duration))" }
        return try await recording(.clock, "Clock advance", describe: described) { () async throws(BookingError) in
            guard duration > .zero else { throw .invalidRequest("The clock can only be moved forward") }
            _ = try await perform { try await store.advanceQAClock(by: duration) }
            (clock as? QAClock)?.invalidate()
            return clock.now()
        }
    }

    /// How far a QA database's clock runs ahead of real time; nil on a database not in QA mode.
    public func qaClockOffset() async throws(BookingError) -> Duration? {
        try await perform { try store.qaClockOffset() }
    }

    private static func describe(_ duration: Duration) -> String {
        let seconds = duration.wholeSeconds
        return seconds % 60 == 0 ? "\(seconds / 60) min" : "\(seconds) s"
    }
}
