import Foundation
import GRDB

/// The embedded store: SQLite in WAL mode through one GRDB `DatabasePool` per process.
///
/// Writes are `BEGIN IMMEDIATE` transactions with a busy timeout, so processes sharing
/// the file take turns instead of failing; reads see a consistent snapshot and never
/// wait for writers.
public final class SQLiteBookingStore: BookingStore {
    let pool: DatabasePool

    /// How long a write waits for another process's write before giving up.
    public static let busyTimeout: TimeInterval = 10

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// A new file and its folder are made private to the user (0600 and 0700).
    public init(path: String) throws(BookingError) {
        try DatabaseLocation.prepare(path: path)
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "boxoffice"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            try Self.refuseNewerSchema(path: path)
            pool = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(pool)
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

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction and commits it.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await pool.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            guard let result else { throw BookingError.storageFailure("a transaction ended without a result") }
            return result
        }
    }

    /// Runs `body` in a transaction that is committed even when `body` reports a booking
    /// failure: for failures that must leave a trace, such as releasing an expired hold.
    func writeThenThrow<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> Result<T, BookingError>) async throws -> T {
        try await write(body).get()
    }

    /// Runs `body` on a consistent read-only snapshot.
    ///
    /// Reads run on the calling thread: in WAL mode a reader never waits for a writer, so
    /// this blocks only for the read itself (tens of microseconds), and skips the two thread
    /// hops of GRDB's asynchronous read, which cost several times the read. The task then
    /// yields, so a loop of reads never keeps other tasks off the cooperative threads.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        let result = try readOnThisThread(body)
        await Task.yield()
        return result
    }

    private func readOnThisThread<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.read(body)
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
