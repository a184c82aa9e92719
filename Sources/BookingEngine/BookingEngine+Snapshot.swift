extension BookingEngine {
    /// The engine's figures now: line, capacity, holds, seats per upcoming performance.
    public func snapshot() async throws(BookingError) -> EngineSnapshot {
        let now = clock.now()
        return try await perform { try await store.snapshot(now: now, capacity: configuration.activeCapacity) }
    }
}
