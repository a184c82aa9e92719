import BookingEngine
import Foundation
import GRDB
import Testing

/// Files boxoffice must refuse without changing a byte, and files it must not create.
@Suite struct HostileStorageTests {
    /// The bytes of the file and of its write-ahead log and shared memory (none and empty alike).
    static func bytes(_ path: String) -> [Data] {
        [path, path + "-wal", path + "-shm"].map { FileManager.default.contents(atPath: $0) ?? Data() }
    }

    /// Whether the file has a log or shared-memory file beside it.
    static func hasSideFiles(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "-wal") || FileManager.default.fileExists(atPath: path + "-shm")
    }

    @Test func newerSchemaIsRefusedAndLeftByteForByte() async throws {
        let folder = try TempFolder()
        let path = folder.path + "/newer.sqlite"
        do {
            let engine = try await BookingEngine(store: SQLiteBookingStore(path: path), clock: ManualClock())
            _ = try await engine.charge(user: "ann", amount: 5, key: .random())
        }
        try await DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA user_version = 99")
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let before = Self.bytes(path)
        let result = Result { () throws(BookingError) in try SQLiteBookingStore(path: path) }
        #expect(result.failure?.code == "STORAGE_FAILURE")
        #expect(result.failure?.message.contains("written by a newer version of boxoffice") == true)
        #expect(Self.bytes(path) == before)
    }

    /// Another program's SQLite database is neither converted nor given a log: every byte
    /// stays, whether it uses a rollback journal or a write-ahead log.
    @Test(arguments: ["DELETE", "WAL"]) func anotherProgramsDatabaseIsLeftByteForByte(journal: String) throws {
        let folder = try TempFolder()
        let path = folder.path + "/notes.sqlite"
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = \(journal)")
            try db.execute(sql: "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO note (text) VALUES ('keep me')")
            if journal == "WAL" { try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let before = Self.bytes(path)
        let result = Result { () throws(BookingError) in try SQLiteBookingStore(path: path) }
        #expect(result.failure?.message.contains("a SQLite database of another program, not a boxoffice one; it was left untouched") == true)
        #expect(Self.bytes(path) == before)
        #expect(!Self.hasSideFiles(path))
        let audit = Result { () throws(BookingError) in try InvariantAudit(readOnlyPath: path) }
        #expect(audit.failure?.code == "STORAGE_FAILURE")
        #expect(Self.bytes(path) == before)
    }

    /// A file made by a development version from before the schema was frozen is named as
    /// such and left as it was.
    @Test func anOldDevelopmentDatabaseIsRefusedUntouched() throws {
        let folder = try TempFolder()
        let path = folder.path + "/old.sqlite"
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1'), ('v9');
                CREATE TABLE engine_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE reservation (id INTEGER PRIMARY KEY);
                """)
        }
        let before = Self.bytes(path)
        let result = Result { () throws(BookingError) in try SQLiteBookingStore(path: path) }
        #expect(result.failure?.message.contains("a development version of boxoffice from before its schema was frozen") == true)
        #expect(Self.bytes(path) == before)
        #expect(!Self.hasSideFiles(path))
    }

    @Test func aFileThatIsNotSQLiteIsRefusedUntouched() throws {
        let folder = try TempFolder()
        let path = folder.path + "/notes.txt"
        let text = Data("Shopping list: milk, eggs\n".utf8)
        try text.write(to: URL(fileURLWithPath: path))
        let result = Result { () throws(BookingError) in try SQLiteBookingStore(path: path) }
        #expect(result.failure?.message.contains("not a boxoffice database (not even SQLite)") == true)
        #expect(FileManager.default.contents(atPath: path) == text)
        #expect(!Self.hasSideFiles(path))
    }

    @Test func emptyAndTruncatedFilesAreHandled() throws {
        let folder = try TempFolder()
        let empty = folder.path + "/empty.sqlite"
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        _ = try SQLiteBookingStore(path: empty)
        let truncated = folder.path + "/truncated.sqlite"
        _ = try SQLiteBookingStore(path: folder.path + "/whole.sqlite")
        let whole = try #require(FileManager.default.contents(atPath: folder.path + "/whole.sqlite"))
        let cut = whole.prefix(whole.count / 3)
        try cut.write(to: URL(fileURLWithPath: truncated))
        let result = Result { () throws(BookingError) in try SQLiteBookingStore(path: truncated) }
        if let error = result.failure {
            #expect(error.code == "STORAGE_FAILURE")
            #expect(FileManager.default.contents(atPath: truncated) == cut)
        }
    }

    /// Only the client and `catalog load` create databases, and never folders away from
    /// the default location: a mistyped path is an error that creates nothing.
    @Test func aMistypedPathCreatesNothing() throws {
        let folder = try TempFolder()
        let missing = folder.path + "/typo/box.sqlite"
        let inFolder = Result { () throws(BookingError) in try SQLiteBookingStore(path: missing, creation: .inExistingFolder) }
        #expect(inFolder.failure?.message.contains("the folder \(folder.path)/typo does not exist") == true)
        let existing = Result { () throws(BookingError) in try SQLiteBookingStore(path: folder.path + "/box.sqlite", creation: .existingOnly) }
        #expect(existing.failure?.message.contains("there is no database at \(folder.path)/box.sqlite") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
