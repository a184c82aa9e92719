@testable import BookingEngine
import GRDB
import Testing

/// The store's own read-only connections: lent one read at a time, never written through,
/// and always reading the latest commit.
@Suite struct ReaderConnectionsTests {
    /// A file with the engine's schema and one buyer, and its path.
    private func database() throws -> (TempFolder, String) {
        let folder = try TempFolder()
        let path = folder.path + "/readers.sqlite"
        let store = try SQLiteBookingStore(path: path)
        try store.pool.write { try $0.execute(sql: "INSERT INTO buyer (name) VALUES ('alice')") }
        return (folder, path)
    }

    @Test func aReadFindingEveryConnectionLentGetsNilAndTheConnectionComesBack() throws {
        let (folder, path) = try database()
        let readers = ReaderConnections(path: path, configuration: Configuration(), limit: 1)
        let nested = try readers.read { _ in try readers.read { _ in "ran" } }
        #expect(nested == .some(nil))
        let again = try readers.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM buyer") }
        #expect(again == 1)
        withExtendedLifetime(folder) {}
    }

    @Test func twoConnectionsServeTwoReadsAtOnce() throws {
        let (folder, path) = try database()
        let readers = ReaderConnections(path: path, configuration: Configuration(), limit: 2)
        let nested = try readers.read { _ in try readers.read { _ in "ran" } }
        #expect(nested == "ran")
        withExtendedLifetime(folder) {}
    }

    @Test func aReaderCannotWrite() throws {
        let (folder, path) = try database()
        let readers = ReaderConnections(path: path, configuration: Configuration(), limit: 1)
        #expect {
            try readers.read { try $0.execute(sql: "INSERT INTO buyer (name) VALUES ('bob')") }
        } throws: { error in
            (error as? DatabaseError)?.resultCode == .SQLITE_READONLY
        }
        withExtendedLifetime(folder) {}
    }

    @Test func aKeptReaderSeesWhatWasCommittedAfterItOpened() async throws {
        var configuration = EngineConfiguration()
        configuration.activeCapacity = 1
        let e = try await TestEngine(configuration: configuration)
        let first = try await e.engine.issueToken(user: "alice")
        #expect(try await e.engine.queueStatus(token: first.token).waitingCount == first.waitingCount)
        let other = try await e.reopened()
        _ = try await other.engine.issueToken(user: "bob")
        _ = try await other.engine.issueToken(user: "carol")
        let seen = try await e.engine.queueStatus(token: first.token)
        #expect(first.waitingCount == 0)
        #expect(seen.waitingCount == 2)
    }
}
