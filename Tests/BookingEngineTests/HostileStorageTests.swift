import BookingEngine
import Foundation
import GRDB
import Testing

/// Database files boxoffice must refuse without changing a byte.
@Suite struct HostileStorageTests {
    /// The bytes of the file and of its write-ahead log (none and empty alike: a read-only
    /// connection may leave an empty log behind, which holds nothing).
    static func bytes(_ path: String) -> [Data] {
        [path, path + "-wal"].map { FileManager.default.contents(atPath: $0) ?? Data() }
    }

    @Test func newerSchemaIsRefusedAndLeftByteForByte() async throws {
        let folder = try TempFolder()
        let path = folder.path + "/newer.sqlite"
        do {
            let engine = try BookingEngine(store: SQLiteBookingStore(path: path), clock: ManualClock())
            _ = try await engine.charge(user: "ann", amount: 5)
        }
        try await DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')") }
        let before = Self.bytes(path)
        let result = Result { () throws(BookingError) in try SQLiteBookingStore(path: path) }
        #expect(result.failure?.code == "STORAGE_FAILURE")
        #expect(result.failure?.message.contains("written by a newer version of boxoffice") == true)
        #expect(Self.bytes(path) == before)
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
}
