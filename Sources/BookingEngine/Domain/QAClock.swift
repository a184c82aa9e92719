import Synchronization

/// Real time plus an offset stored in the database, so every process sharing a QA
/// database agrees on the time. The offset is re-read at most every 200 ms.
final class QAClock: EngineClock {
    private let store: any BookingStore
    private let base: any EngineClock
    private let cache: Mutex<(offset: Duration, readAt: Timestamp?)>
    private static let refresh: Duration = .milliseconds(200)

    init(store: any BookingStore, base: any EngineClock) {
        self.store = store
        self.base = base
        cache = Mutex((offset: .zero, readAt: nil))
    }

    func now() -> Timestamp {
        let real = base.now()
        let offset = cache.withLock { cache -> Duration in
            if let readAt = cache.readAt, real - readAt < Self.refresh, real >= readAt { return cache.offset }
            if let stored = try? store.qaClockOffset() { cache.offset = stored }
            cache.readAt = real
            return cache.offset
        }
        return real + offset
    }

    /// Forgets the cached offset so the next reading sees a change made by this process at once.
    func invalidate() {
        cache.withLock { $0.readAt = nil }
    }
}
