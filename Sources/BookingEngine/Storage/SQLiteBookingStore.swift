import Foundation
import GRDB
import Synchronization

/// The embedded store: SQLite in WAL mode through one GRDB `DatabasePool` per process,
/// and read-only connections of its own that reads run on first (`ReaderConnections`).
///
/// Writes are `BEGIN IMMEDIATE` transactions; when another process holds the write lock
/// they wait for it (up to `busyTimeout`) instead of failing. Reads see a consistent
/// snapshot and never wait for writers. See `SQLiteBookingStore+Transactions.swift`.
public final class SQLiteBookingStore: BookingStore {
    let pool: DatabasePool
    /// The connections reads run on, before the pool's own (see `ReaderConnections`).
    let readers: ReaderConnections
    /// Runs WAL checkpoints in the background instead of inside commits.
    let checkpointer: WALCheckpointer
    /// Writes of this process now waiting for another process's write lock (see `write`).
    let writesWaitingForTurn = Atomic<Int>(0)
    /// Counts lapsed waiters out in the background (see `countLapsedWaitersInBackground`).
    let lapsedWaiterCounting = OneAtATime()
    /// Counts calls, so that every `yieldEvery`-th one lets other tasks run (see `read`).
    let callsSinceStart = Atomic<Int>(0)

    /// How long a write waits for another process's write before giving up.
    public static let busyTimeout: TimeInterval = 10

    /// Read-only connections kept beside the pool's: one per core, as reads run on the
    /// calling thread and Swift's cooperative pool has a thread per core.
    static let readerLimit = max(2, ProcessInfo.processInfo.activeProcessorCount)

    /// Page cache per connection: a million-token line's indexes stay in memory.
    static let cacheKibibytes = 32 * 1_024

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// A new file and its folder are made private to the user (0600 and 0700).
    public init(path: String) throws(BookingError) {
        try DatabaseLocation.prepare(path: path)
        HeapTrimming.relaxed
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "boxoffice"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -\(Self.cacheKibibytes)")
        }
        do {
            try Self.refuseNewerSchema(path: path)
            pool = try DatabasePool(path: path, configuration: configuration)
            readers = ReaderConnections(path: path, configuration: configuration, limit: Self.readerLimit)
            try Schema.migrator.migrate(pool)
            let checkpointer = WALCheckpointer(path: path)
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA busy_timeout = 0")
                checkpointer.attach(to: db)
            }
            self.checkpointer = checkpointer
        } catch let error as BookingError {
            throw error
        } catch {
            throw Self.describe(error, path: path)
        }
    }

    /// The SQLite library version this process is linked against, like "3.40.1".
    public var sqliteVersion: String {
        (try? pool.read { try String.fetchOne($0, sql: "SELECT sqlite_version()") }) ?? "unknown"
    }

    public func describe(_ error: any Error) -> BookingError {
        Self.describe(error, path: pool.path)
    }

    static func describe(_ error: any Error, path: String) -> BookingError {
        if let error = error as? BookingError { return error }
        guard let error = error as? DatabaseError else { return .storageFailure(String(describing: error)) }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .storageFailure("another boxoffice kept \(path) busy for over \(Int(busyTimeout)) seconds; try again")
        case .SQLITE_READONLY:
            return .storageFailure("\(path) is read-only; check its permissions or pick another file with --db")
        case .SQLITE_FULL:
            return .storageFailure("the disk holding \(path) is full; free some space and try again")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .storageFailure("\(path) is not a boxoffice database or is damaged; pick another file with --db")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            if access(path, W_OK) != 0 || access((path as NSString).deletingLastPathComponent, W_OK) != 0, errno == EROFS || errno == EACCES {
                return .storageFailure("\(path) or its folder is read-only; check the permissions and the filesystem, or pick another file with --db")
            }
            return .storageFailure("\(path) cannot be opened; check that its folder exists and is writable")
        case .SQLITE_IOERR where isFull(folderOf: path):
            return .storageFailure("the disk holding \(path) is full; free some space and try again")
        case .SQLITE_IOERR:
            return .storageFailure("reading or writing \(path) failed (\(error.message ?? "I/O error")); check the disk")
        case .SQLITE_CONSTRAINT:
            return .storageFailure("a safety rule of the database refused the change (\(error.message ?? "constraint")); nothing was changed")
        default:
            return .storageFailure(error.message ?? "SQLite error \(error.resultCode.rawValue)")
        }
    }

    /// Whether the filesystem holding `path` has no block left for an ordinary user:
    /// SQLite reports some writes on a full disk as I/O errors rather than SQLITE_FULL.
    private static func isFull(folderOf path: String) -> Bool {
        var info = statvfs()
        return statvfs((path as NSString).deletingLastPathComponent, &info) == 0 && info.f_bavail == 0
    }
}
