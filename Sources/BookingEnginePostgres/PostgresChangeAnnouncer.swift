import NIOCore
import PostgresNIO
import Synchronization

/// Tells every process on the database that something changed: a NOTIFY on
/// `boxoffice_changes` (see `PostgresChangeListener`) after a transaction that recorded a
/// change commits, outside it. The first commit of a quiet spell announces at once, on its
/// own connection before the call returns (so a command that exits right after is heard);
/// those that follow within `batchWindow` share one announcement at the window's end.
///
/// A transaction that notified itself would take, at its commit, the one lock PostgreSQL
/// has for all notifying commits of a database, and hold it until its commit is on disk:
/// sales would commit one at a time.
final class PostgresChangeAnnouncer: Sendable {
    static let batchWindow: Duration = .milliseconds(100)
    private static let notify: PostgresQuery = "SELECT pg_notify('boxoffice_changes', '')"

    private let connections: PostgresConnections
    private let clock = ContinuousClock()
    private let state = Mutex(Spell())

    private struct Spell {
        var lastSent: ContinuousClock.Instant?
        var pending = false
    }

    init(connections: PostgresConnections) {
        self.connections = connections
    }

    /// A transaction that recorded a change has committed on `session`, which is still its
    /// caller's: announce it now, or with the others of the window.
    func committed(on session: PostgresSession) {
        let now = clock.now
        let wait = state.withLock { spell -> Duration? in
            if spell.pending { return nil }
            if let last = spell.lastSent, now - last < Self.batchWindow {
                spell.pending = true
                return Self.batchWindow - (now - last)
            }
            spell.lastSent = now
            return .zero
        }
        switch wait {
        case nil:
            return
        case .zero?:
            // A lost connection shows at its next use; the change itself is committed.
            _ = try? session.run(Self.notify)
        case let delay?:
            Task { [self] in
                try? await Task.sleep(for: delay)
                // Cleared before sending: a change committed from here on is announced again.
                state.withLock { spell in
                    spell.pending = false
                    spell.lastSent = clock.now
                }
                await announce()
            }
        }
    }

    private func announce() async {
        let connections = connections
        _ = try? await PostgresBookingStore.threads.runIfActive {
            let (session, _) = try connections.take()
            do {
                try session.run(Self.notify)
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
