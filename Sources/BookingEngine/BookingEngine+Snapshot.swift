extension BookingEngine {
    /// The engine's figures now: line, capacity, holds, seats per upcoming performance.
    public func snapshot() async throws(BookingError) -> EngineSnapshot {
        try await read { tx, state, time in
            EngineSnapshot(
                now: time.moment,
                waiting: Int(try QueueLine.figures(tx, state.line, time).waiting),
                active: try tx.liveActiveCount(now: time.now),
                capacity: state.policy.activeCapacity,
                liveHolds: try tx.liveHoldTotal(now: time.now),
                buyers: try tx.buyerCount(),
                pointsHeld: try tx.pointsHeld(),
                dates: try tx.dateFigures(now: time.now))
        }
    }
}
