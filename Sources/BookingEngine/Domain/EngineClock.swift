import Foundation
import Synchronization

/// The engine's only source of time. Every decision about expiry reads it once per
/// transaction, so tests and QA sessions can steer time without sleeping.
public protocol EngineClock: Sendable {
    /// The current moment.
    func now() -> Timestamp
}

/// Wall-clock time of this machine.
public struct SystemClock: EngineClock {
    public init() {}

    public func now() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(milliseconds: Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000)
    }
}

/// A clock that moves only when told to: for tests and simulations.
public final class ManualClock: EngineClock {
    private let current: Mutex<Timestamp>

    /// Starts at `start` (by default 2026-11-25T12:00:00Z, a fixed, readable moment).
    public init(start: Timestamp = Timestamp(milliseconds: 1_795_608_000_000)) {
        current = Mutex(start)
    }

    public func now() -> Timestamp {
        current.withLock { $0 }
    }

    /// Moves the clock forward (or backward, for a negative duration).
    public func advance(by duration: Duration) {
        current.withLock { $0 = $0 + duration }
    }

    /// Sets the clock to an exact moment.
    public func set(to moment: Timestamp) {
        current.withLock { $0 = moment }
    }
}
