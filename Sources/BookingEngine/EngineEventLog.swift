import Synchronization

/// Events of this process only, in memory: a thread-safe ring buffer that keeps the last
/// `capacity` of them. The engine notes its failures here (a failed transaction leaves
/// nothing in the database), and a client its own notes; what succeeded is recorded in
/// the database, where every process sees it (`BookingEngine.recentEvents`).
public final class EngineEventLog: Sendable {
    /// How many events are kept by default.
    public static let defaultCapacity = 200

    /// How many events are kept; older ones are dropped.
    public let capacity: Int
    private let ring: Mutex<Ring>

    private struct Ring {
        var events: [EngineEvent] = []
        /// Where the next event goes once the buffer is full (the oldest event).
        var next = 0
    }

    public init(capacity: Int = EngineEventLog.defaultCapacity) {
        self.capacity = max(1, capacity)
        ring = Mutex(Ring())
    }

    /// Adds `event`, dropping the oldest one when full.
    public func record(_ event: EngineEvent) {
        ring.withLock { ring in
            if ring.events.count < capacity {
                ring.events.append(event)
            } else {
                ring.events[ring.next] = event
                ring.next = (ring.next + 1) % capacity
            }
        }
    }

    /// Adds an event of `kind` that happened at `moment`.
    public func record(_ kind: EngineEvent.Kind, _ text: String, at moment: Timestamp) {
        record(EngineEvent(at: moment, kind: kind, text: text))
    }

    /// The latest `limit` events (all kept ones when nil), newest first.
    public func recent(_ limit: Int? = nil) -> [EngineEvent] {
        ring.withLock { ring in
            let ordered = ring.events[ring.next...] + ring.events[..<ring.next]
            return Array(ordered.reversed().prefix(max(0, limit ?? capacity)))
        }
    }
}
