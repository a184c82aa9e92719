import Synchronization

/// One significant thing the engine did or refused, for the inspector panel.
public struct EngineEvent: Sendable, Equatable {
    /// What kind of thing happened.
    public enum Kind: String, Sendable, CaseIterable {
        /// A buyer joined the line (or was admitted at once).
        case queue
        /// An admission run promoted waiting buyers.
        case admission
        /// A sweep deleted expired tokens or cancelled lapsed holds.
        case sweep
        /// Seats were held.
        case hold
        /// A hold was given up.
        case release
        /// A payment went through.
        case payment
        /// Points were charged.
        case charge
        /// A catalog was loaded.
        case catalog
        /// The QA clock was moved.
        case clock
        /// An operator changed the database's policy.
        case policy
        /// An operation failed; the text names it and its error code.
        case error
        /// Recorded by something outside the engine, such as the demo crowd.
        case note
    }

    /// When it happened, on the engine's clock.
    public let at: Timestamp
    public let kind: Kind
    /// One line a person can read: "Admitted 3 from the line".
    public let text: String

    public init(at: Timestamp, kind: Kind, text: String) {
        self.at = at
        self.kind = kind
        self.text = text
    }
}

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
