import GRDB
import GRDBSQLite
import Synchronization

/// Keeps most WAL checkpoint work off the request path.
///
/// SQLite's automatic checkpoint runs inside the commit that takes the log past 1,000
/// pages, so one call in many pays for copying pages back into the database and two
/// fsyncs. Instead the writer connection reports the log's length after each commit
/// (`sqlite3_wal_hook`, which turns the automatic checkpoint off), and each time the log
/// grows by another `step` pages a background task runs a PASSIVE checkpoint on a
/// connection of its own, which never waits for readers or writers and which they never
/// wait for. The log only starts over once a checkpoint has copied all of it before the
/// next write, which a background checkpoint never achieves while writes keep coming; so
/// past `inCommit` pages the committing connection checkpoints itself, as SQLite would
/// have, with most pages already copied by the background.
///
/// One background checkpoint per `step` pages rather than one after another: each costs
/// two fsyncs and copies again every page written since the last, so back to back they
/// take a core from the writers. `inCommit` is high because a commit that restarts the
/// log pays about the same whatever its length, so fewer commits pay it. The hook is
/// SQLite's C interface, as GRDB offers none; it runs no SQL of its own but the checkpoint.
final class WALCheckpointer: Sendable {
    /// Log growth, in pages, that starts another background checkpoint.
    static let step: Int32 = 500
    /// Log pages after which the committing connection checkpoints before returning.
    static let inCommit: Int32 = 8_000

    private let path: String
    private let checkpoints = OneAtATime()
    private let connection = Mutex<DatabaseQueue?>(nil)
    /// How many whole `step`s the log held at the last commit.
    private let stepsReached = Atomic<Int32>(0)

    init(path: String) {
        self.path = path
    }

    /// Reports `db`'s commits to this checkpointer. The hook holds no reference, so the
    /// checkpointer must live as long as commits can happen on `db`: the store owns both
    /// and only commits while it is alive.
    func attach(to db: Database) {
        sqlite3_wal_hook(db.sqliteConnection, { context, connection, name, frames in
            if frames >= WALCheckpointer.inCommit {
                // As SQLite's own hook does: a checkpoint that cannot run now (another is
                // running) is not the commit's failure; a later commit tries again.
                _ = sqlite3_wal_checkpoint_v2(connection, name, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
                return SQLITE_OK
            }
            if let context { Unmanaged<WALCheckpointer>.fromOpaque(context).takeUnretainedValue().logHas(frames: frames) }
            return SQLITE_OK
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    private func logHas(frames: Int32) {
        let steps = frames / Self.step
        let before = stepsReached.exchange(steps, ordering: .relaxed)
        guard steps > before, frames < Self.inCommit else { return }
        // A checkpoint that fails (another process is checkpointing, the disk is full)
        // loses nothing: the log keeps the pages and the next step tries again.
        checkpoints.start(priority: .background) { [self] in try? await checkpoint() }
    }

    private func checkpoint() async throws {
        let queue = try connection.withLock { connection in
            if let connection { return connection }
            let opened = try DatabaseQueue(path: path)
            connection = opened
            return opened
        }
        try await queue.writeWithoutTransaction { db in
            _ = try db.checkpoint(.passive)
        }
    }
}
