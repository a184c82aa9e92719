import Foundation
import GRDB
import GRDBSQLite
import SQLiteForGRDB
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
    /// Counts calls, so that every `yieldEvery`-th one lets other tasks run (see `read`).
    let callsSinceStart = Atomic<Int>(0)
    /// The database file.
    public let path: String

    /// How long a write waits for another process's write before giving up.
    public static let busyTimeout: TimeInterval = 10

    /// Read-only connections kept beside the pool's: one per core, as reads run on the
    /// calling thread and Swift's cooperative pool has a thread per core.
    static let readerLimit = max(2, ProcessInfo.processInfo.activeProcessorCount)

    /// Page cache per connection: a million-token line's indexes stay in memory.
    static let cacheKibibytes = 32 * 1_024
    /// Bytes of the file each reader connection reads through memory mapping: pages come
    /// straight from the operating system's cache, so a reader whose page cache another
    /// process's commit has emptied does not copy them back in. The writer maps nothing:
    /// with a map, every page it reads is looked up in the write-ahead log's index first,
    /// where its own page cache answers without that.
    static let mappedBytes = 1 << 30

    /// How every connection of the store is set up: a cached statement keeps the query plan
    /// it was compiled with (`boxoffice_sqlite3_keep_query_plans`), then the sync level,
    /// page cache and memory map.
    static var connectionConfiguration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "boxoffice"
        configuration.prepareDatabase { db in
            let code = boxoffice_sqlite3_keep_query_plans(db.sqliteConnection)
            if code != SQLITE_OK {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "SQLite refused its query planner setting")
            }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -\(Self.cacheKibibytes)")
            try db.execute(sql: "PRAGMA mmap_size = \(Self.mappedBytes)")
        }
        return configuration
    }

    /// Opens the database at `path`, creating it as `creation` allows. A new database gets
    /// `policy` and, with `qaMode`, a QA clock; its time starts at `clock`'s reading. A new
    /// file and its folder are private to the user (0600 and 0700).
    ///
    /// A file that is not a boxoffice database this build can use (another program's, a
    /// newer version's, one from before the schema was frozen) is refused and left exactly
    /// as it was. Opening is serialised across processes (`SetupLock`), so any number of
    /// processes may open a new file at once.
    public init(
        path: String, creation: DatabaseCreation = .inExistingFolder, policy: EngineConfiguration = EngineConfiguration(),
        qaMode: Bool = false, clock: any EngineClock = SystemClock()
    ) throws(BookingError) {
        if let problem = policy.problems.first {
            throw .invalidRequest(.policyUnusable(problem: problem))
        }
        let created = try DatabaseLocation.prepare(path: path, creation: creation)
        HeapTrimming.relaxed
        let configuration = Self.connectionConfiguration
        do {
            pool = try SetupLock.around(path: path) {
                try DatabaseFile.refuseUnusable(DatabaseFile.kind(at: path), path: path)
                let pool = try DatabasePool(path: path, configuration: configuration)
                try SchemaSetup.prepare(pool, path: path, policy: policy, qaMode: qaMode, now: clock.now())
                return pool
            }
            readers = ReaderConnections(path: path, configuration: configuration, limit: Self.readerLimit)
            let checkpointer = WALCheckpointer(path: path)
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA busy_timeout = 0")
                try db.execute(sql: "PRAGMA mmap_size = 0")
                checkpointer.attach(to: db)
            }
            self.checkpointer = checkpointer
            self.path = path
        } catch {
            if created { Self.removeFiles(of: path) }
            throw Self.describe(error, path: path)
        }
        ProcessPresence.announce(path: path)
    }

    /// Removes a database this process created and then could not set up.
    private static func removeFiles(of path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    public func describe(_ error: any Error) -> BookingError {
        Self.describe(error, path: path)
    }

    static func describe(_ error: any Error, path: String) -> BookingError {
        if let error = error as? BookingError { return error }
        guard let error = error as? DatabaseError else { return .storageFailure(.said(String(describing: error))) }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .storageFailure(.busy(file: path, seconds: Int(busyTimeout)))
        case .SQLITE_READONLY:
            return .storageFailure(.readOnly(file: path))
        case .SQLITE_FULL:
            return .storageFailure(.diskFull(file: path))
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .storageFailure(.notBoxOfficeOrDamaged(file: path))
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            if access(path, W_OK) != 0 || access((path as NSString).deletingLastPathComponent, W_OK) != 0, errno == EROFS || errno == EACCES {
                return .storageFailure(.readOnlyFolder(file: path))
            }
            return .storageFailure(.cannotOpen(file: path))
        case .SQLITE_IOERR where isFull(folderOf: path):
            return .storageFailure(.diskFull(file: path))
        case .SQLITE_IOERR:
            return .storageFailure(.ioFailed(file: path, detail: error.message ?? "I/O error"))
        case .SQLITE_CONSTRAINT:
            return .storageFailure(.refusedBySafetyRule(rule: error.message ?? "constraint"))
        default:
            return .storageFailure(.said(error.message ?? "SQLite error \(error.resultCode.rawValue)"))
        }
    }

    /// Whether the filesystem holding `path` has no block left for an ordinary user:
    /// SQLite reports some writes on a full disk as I/O errors rather than SQLITE_FULL.
    private static func isFull(folderOf path: String) -> Bool {
        var info = statvfs()
        return statvfs((path as NSString).deletingLastPathComponent, &info) == 0 && info.f_bavail == 0
    }

    public var diagnostics: (any StoreDiagnostics)? { self }
}
