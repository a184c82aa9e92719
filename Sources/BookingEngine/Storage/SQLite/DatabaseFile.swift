import Foundation
import GRDB

/// What a file is before boxoffice opens it for writing, read from the 100-byte header
/// SQLite keeps at its start: reading it creates no `-wal` or `-shm` file and changes
/// nothing, so a file that is refused is left exactly as it was.
enum DatabaseFile {
    /// What the header says.
    enum Kind: Equatable {
        /// No bytes yet, or no header yet outside the write-ahead log: a new database, or
        /// one whose first pages are still in its log (SQLite decides which).
        case empty
        /// A boxoffice database at this schema version.
        case boxoffice(version: Int)
        /// A SQLite database of another program, or a boxoffice file from before the
        /// schema was frozen.
        case otherSQLite
        /// Not a SQLite database at all.
        case notSQLite
    }

    /// Read through the file's kept descriptor (`SetupLock`): closing a descriptor of the
    /// file would drop the locks this process's SQLite connections hold on it.
    static func kind(at path: String) throws(BookingError) -> Kind {
        let descriptor = try SetupLock.descriptor(for: path)
        var bytes = [UInt8](repeating: 0, count: 100)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 100, 0) }
        guard count >= 0 else { throw .storageFailure(.unreadable(file: path)) }
        let header = Data(bytes.prefix(count))
        if header.isEmpty { return .empty }
        guard header.count == 100, header.prefix(16) == Data("SQLite format 3\u{0}".utf8) else { return .notSQLite }
        let applicationID = Int32(bitPattern: bigEndian(header, at: 68))
        if applicationID == 0, hasLog(path) { return .empty }
        guard applicationID == Schema.applicationID else { return .otherSQLite }
        return .boxoffice(version: Int(bigEndian(header, at: 60)))
    }

    /// Whether the file has a write-ahead log with frames in it: its newest pages, the
    /// header included, may be there rather than in the file, so only SQLite itself can
    /// say what the database is (`SchemaSetup` asks it).
    private static func hasLog(_ path: String) -> Bool {
        ((try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0) > 0
    }

    private static func bigEndian(_ data: Data, at offset: Int) -> UInt32 {
        data[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }

    /// Whether the SQLite file at `path` is a boxoffice database from before the schema was
    /// frozen, looked at through an immutable read-only connection (which writes nothing,
    /// not even a log).
    static func isOldDevelopmentDatabase(_ path: String) -> Bool {
        var configuration = Configuration()
        configuration.readonly = true
        let uri = "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path) + "?immutable=1"
        let tables = try? DatabaseQueue(path: uri, configuration: configuration).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        return tables.map { Set($0).isSuperset(of: ["engine_meta", "grdb_migrations", "reservation"]) } ?? false
    }

    /// Refuses a file that is not a boxoffice database this build can use, with a message
    /// that names it and says what to do.
    static func refuseUnusable(_ kind: Kind, path: String) throws(BookingError) {
        switch kind {
        case .empty:
            return
        case .boxoffice(let version) where version <= Schema.version:
            return
        case .boxoffice:
            throw .storageFailure(.newerVersion(file: path))
        case .otherSQLite where isOldDevelopmentDatabase(path):
            throw .storageFailure(.oldDevelopmentDatabase(file: path))
        case .otherSQLite:
            throw .storageFailure(.otherProgramUntouched(file: path))
        case .notSQLite:
            throw .storageFailure(.notSQLite(file: path))
        }
    }
}
