import Synchronization

/// How the keep-alives that polls owe waiting tokens are written.
public enum KeepAliveWrites: Sendable, Equatable {
    /// By the poll itself: every poll that owes one writes (tests, one-shot commands).
    case immediate
    /// Gathered and written together `after` the first one waiting, in one transaction:
    /// a line of many waiters then costs a write per batch instead of one per waiter. A
    /// poll whose waiter is close to lapsing still writes at once (`QueueLine.keepAlive`),
    /// so a late batch never costs anyone their place.
    case batched(after: Duration)
}

/// Keep-alives waiting to be written (`KeepAliveWrites.batched`), by token number.
final class KeepAliveBatch: Sendable {
    private let pending = Mutex<[Int64: WaiterExpiry]>([:])

    /// Adds a keep-alive; the first one of a batch starts the task that writes them.
    func add(_ expiry: WaiterExpiry, engine: BookingEngine) {
        let first = pending.withLock { pending in
            let first = pending.isEmpty
            pending[expiry.number] = max(expiry, pending[expiry.number] ?? expiry)
            return first
        }
        guard first, case .batched(let delay) = engine.keepAliveWrites else { return }
        Task.detached(priority: .utility) { [weak engine] in
            try? await Task.sleep(for: delay)
            try? await engine?.flushKeepAlives()
        }
    }

    /// Takes every pending keep-alive.
    func take() -> [WaiterExpiry] {
        pending.withLock { pending in
            defer { pending.removeAll(keepingCapacity: true) }
            return pending.values.sorted { $0.number < $1.number }
        }
    }
}

extension WaiterExpiry: Comparable {
    public static func < (lhs: WaiterExpiry, rhs: WaiterExpiry) -> Bool {
        (lhs.expiresAt, lhs.number) < (rhs.expiresAt, rhs.number)
    }
}

extension BookingEngine {
    /// Writes every pending keep-alive in one transaction. Waiters who lapsed meanwhile
    /// stay lapsed: a keep-alive never brings anyone back into line.
    public func flushKeepAlives() async throws(BookingError) {
        let expiries = keepAlives.take()
        guard !expiries.isEmpty else { return }
        _ = try await write { tx, state, time in
            try QueueLine.countStep(tx, &state.line, time)
            return try tx.extendWaiters(expiries, lineNow: max(time.lineNow, state.line.lapseMark))
        }
    }
}
