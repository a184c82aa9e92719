extension BookingEngine {
    /// Whether this engine runs on a QA database, whose clock can be moved.
    public var isQAMode: Bool { clock is QAClock }

    /// Moves the clock of every process sharing this QA database forward by `duration`,
    /// then returns the new time. Fails with `invalidRequest` on a database not created in QA mode.
    @discardableResult
    public func advanceClock(by duration: Duration) async throws(BookingError) -> Timestamp {
        guard duration > .zero else { throw .invalidRequest("The clock can only be moved forward") }
        _ = try await perform { try await store.advanceQAClock(by: duration) }
        (clock as? QAClock)?.invalidate()
        return clock.now()
    }
}
