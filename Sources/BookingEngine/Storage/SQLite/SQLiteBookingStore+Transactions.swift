import GRDB
import Synchronization

/// How the store runs transactions.
///
/// A call normally runs its transaction on the calling thread: no thread hop, no wake-up,
/// which costs several times the SQL of a short call. That is safe because it never waits
/// for another process. The writer connection has no busy timeout, so `BEGIN IMMEDIATE`
/// fails at once when another process holds the write lock; only then does the write go
/// to GRDB's writer queue, off the cooperative threads, and wait there (up to
/// `busyTimeout`). While such a write waits, this process's other writes queue behind it
/// the same way instead of blocking a thread. Within the process, writes on the calling
/// thread wait only for each other, one short transaction at most. Maintenance (sweeps,
/// admission runs, catalog loads) has longer transactions and always goes to the queue,
/// so it never keeps a cooperative thread from the calls that answer people.
extension SQLiteBookingStore {
    public func read<T: Sendable>(_ body: @escaping @Sendable (any StoreReading) throws -> T) async throws -> T {
        let result = try readOnThisThread { db in try body(SQLiteTransaction(db: db)) }
        await yieldNowAndThen()
        return result
    }

    /// A `.durable` write syncs the log to disk at its commit (`synchronous = FULL` for that
    /// transaction); the others rely on WAL's `NORMAL`, which survives a crash of the
    /// process but may lose the last commits on a power cut.
    public func write<T: Sendable>(_ kind: WriteKind, _ body: @escaping @Sendable (any StoreWriting) throws -> T) async throws -> T {
        let transaction: @Sendable (Database) throws -> T = { db in try body(SQLiteTransaction(db: db)) }
        switch kind {
        case .call: return try await write(durable: false, transaction)
        case .durable: return try await write(durable: true, transaction)
        case .maintenance: return try await writeWaitingForTurn(durable: false, transaction)
        }
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction and commits it, on the calling
    /// thread unless another process holds the write lock.
    private func write<T: Sendable>(durable: Bool, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        if writesWaitingForTurn.load(ordering: .acquiring) == 0, let result = try writeUnlessLocked(durable: durable, body) {
            await yieldNowAndThen()
            return result
        }
        return try await writeWaitingForTurn(durable: durable, body)
    }

    /// How often a call lets other tasks run. Calls that finish without suspending would
    /// otherwise let a polling loop keep other tasks off the cooperative threads; yielding
    /// on every call would cost a thread wake-up each time.
    static let yieldEvery = 16

    private func yieldNowAndThen() async {
        if callsSinceStart.wrappingAdd(1, ordering: .relaxed).newValue % Self.yieldEvery == 0 {
            await Task.yield()
        }
    }

    /// A read transaction on one of the store's reader connections (see
    /// `ReaderConnections`), or on one of the pool's when all of those are lent, from a
    /// synchronous function so that no asynchronous overload (two thread hops) is picked.
    /// The transaction around `body` is opened here with a kept statement (see `begin`),
    /// which makes the snapshot consistent as GRDB's `read` would.
    private func readOnThisThread<T>(_ body: (Database) throws -> T) throws -> T {
        let transaction = { (db: Database) throws -> T in
            try Self.begin("BEGIN DEFERRED TRANSACTION", db)
            return try Self.finish(db, body)
        }
        if let result = try readers.read(transaction) { return result }
        return try pool.unsafeRead(transaction)
    }

    /// The transaction on the calling thread, or nil without running `body` when another
    /// process holds the write lock.
    private func writeUnlessLocked<T>(durable: Bool, _ body: (Database) throws -> T) throws -> T? {
        try pool.writeWithoutTransaction { db -> T? in
            try Self.synchronous(durable, db) {
                do {
                    try Self.begin("BEGIN IMMEDIATE TRANSACTION", db)
                } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                    return nil
                }
                return try Self.finish(db, body)
            }
        }
    }

    /// The transaction on GRDB's writer queue, waiting up to `busyTimeout` for the lock.
    /// While it waits or runs, this process's other writes queue behind it.
    private func writeWaitingForTurn<T: Sendable>(durable: Bool, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        writesWaitingForTurn.add(1, ordering: .releasing)
        defer { writesWaitingForTurn.subtract(1, ordering: .releasing) }
        return try await pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA busy_timeout = \(Int(Self.busyTimeout * 1_000))")
            defer { try? db.execute(sql: "PRAGMA busy_timeout = 0") }
            return try Self.synchronous(durable, db) {
                try Self.begin("BEGIN IMMEDIATE TRANSACTION", db)
                return try Self.finish(db, body)
            }
        }
    }

    /// Runs `body` (a whole transaction) with the log synced at commit when `durable`:
    /// SQLite only takes the setting outside a transaction.
    private static func synchronous<T>(_ durable: Bool, _ db: Database, _ body: () throws -> T) throws -> T {
        guard durable else { return try body() }
        try db.run("PRAGMA synchronous = FULL")
        defer { _ = try? db.run("PRAGMA synchronous = NORMAL") }
        return try body()
    }

    /// Opens a transaction through a prepared statement kept for the next time, as
    /// `finish` commits: GRDB's `beginTransaction` and `commit` parse and prepare their SQL
    /// on every call, a share of the shortest calls' time.
    private static func begin(_ sql: String, _ db: Database) throws {
        try db.run(sql)
    }

    /// Runs `body` inside the open transaction and commits, or rolls back and rethrows.
    private static func finish<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        do {
            let result = try body(db)
            try db.run("COMMIT TRANSACTION")
            return result
        } catch {
            try? db.rollback()
            throw error
        }
    }
}
