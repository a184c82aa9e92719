import NIOCore
import Synchronization

/// Tells every process on the database that something changed: one NOTIFY on
/// `boxoffice_changes` (see `PostgresChangeListener`) for all the changes this process
/// commits within `batchWindow`, sent after them on a connection of the store's pool,
/// outside any transaction. A transaction that notified itself would take, at its commit,
/// the one lock PostgreSQL has for all notifying commits of a database, and hold it until
/// its commit is on disk: sales would commit one at a time.
final class PostgresChangeAnnouncer: Sendable {
    static let batchWindow: Duration = .milliseconds(100)

    private let connections: PostgresConnections
    private let pending = Mutex(false)

    init(connections: PostgresConnections) {
        self.connections = connections
    }

    /// A transaction that recorded a change has committed: announce it, with whatever else
    /// commits before the window closes.
    func committed() {
        let first = pending.withLock { pending in
            defer { pending = true }
            return !pending
        }
        guard first else { return }
        Task { [self] in
            try? await Task.sleep(for: Self.batchWindow)
            // Cleared before sending: a change committed from here on is announced again.
            pending.withLock { $0 = false }
            await announce()
        }
    }

    private func announce() async {
        let connections = connections
        _ = try? await PostgresBookingStore.threads.runIfActive {
            let (session, _) = try connections.take()
            do {
                try session.run("SELECT pg_notify('boxoffice_changes', '')")
                connections.giveBack(session)
            } catch {
                connections.discard(session)
            }
        }
    }
}

/// Whether a transaction recorded a change worth announcing (an event), kept across the
/// runs of its body.
final class ChangeMark: Sendable {
    private let marked = Atomic(false)

    func set() { marked.store(true, ordering: .relaxed) }
    var isSet: Bool { marked.load(ordering: .relaxed) }
}
