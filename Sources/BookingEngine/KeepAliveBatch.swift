import Synchronization

/// How the keep-alives that polls owe waiting tokens are written.
public enum KeepAliveWrites: Sendable, Equatable {
    /// By the poll itself: every poll that owes one writes (tests, one-shot commands).
    case immediate
    /// Gathered and written together `after` the first one waiting, a few hundred to a
    /// transaction, as maintenance (off the threads that answer calls): a line of many
    /// waiters then costs a write per batch instead of one per waiter. A poll whose waiter
    /// is close to lapsing still writes at once (`QueueLine.keepAlive`), so a late batch
    /// never costs anyone their place.
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
    /// Keep-alives written per transaction: short enough that the calls queued behind one
    /// wait little, long enough that a commit is shared by many.
    static let keepAlivesPerWrite = 500

    /// Writes every pending keep-alive, `keepAlivesPerWrite` to a maintenance transaction.
    /// Waiters who lapsed meanwhile stay lapsed: a keep-alive never brings anyone back into
    /// line.
    public func flushKeepAlives() async throws(BookingError) {
        let expiries = keepAlives.take()
        for start in stride(from: 0, to: expiries.count, by: Self.keepAlivesPerWrite) {
            let part = Array(expiries[start..<min(start + Self.keepAlivesPerWrite, expiries.count)])
            _ = try await write(.maintenance) { tx, state, time in
                try QueueLine.countStep(tx, &state.line, time)
                return try tx.extendWaiters(part, lineNow: max(time.lineNow, state.line.lapseMark))
            }
        }
    }
}
