import BookingEngine
import Foundation
import GRDB
import Testing

@Suite struct StorageTests {
    @Test func schemaRefusesASecondLiveReservationOnASeat() async throws {
        let e = try await TestEngine()
        let alice = try await e.admitted("alice")
        let hold = try await e.engine.hold(token: alice, seats: [try await e.openSeats(token: alice)[0].id])[0]
        #expect(throws: DatabaseError.self) {
            try e.sql { db in
                try db.execute(sql: """
                    INSERT INTO reservation (seat_id, buyer, status, price, held_at, expires_at)
                    SELECT seat_id, buyer, 'held', price, held_at, expires_at FROM reservation WHERE id = ?
                    """, arguments: [hold.id.rawValue])
            }
        }
        #expect(try e.sql { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM reservation WHERE buyer = 'alice'") } == 1)
    }

    @Test func schemaRefusesBalancesOutsideZeroToCeiling() async throws {
        let e = try await TestEngine(catalog: nil)
        _ = try await e.engine.charge(user: "alice", amount: 100)
        for sql in ["UPDATE buyer SET balance = balance - 101", "UPDATE buyer SET balance = 10000001"] {
            #expect(throws: DatabaseError.self) { try e.sql { try $0.execute(sql: sql) } }
        }
        #expect(try await e.engine.balance(user: "alice") == 100)
    }

    @Test func corruptFileIsAStorageFailureAndStaysUntouched() throws {
        let folder = try TempFolder()
        let path = folder.path + "/corrupt.sqlite"
        var generator = SystemRandomNumberGenerator()
        let bytes = Data((0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: BookingError.self) { try SQLiteBookingStore(path: path) }
        do {
            _ = try SQLiteBookingStore(path: path)
        } catch {
            #expect(error.code == "STORAGE_FAILURE")
            #expect(error.message.contains("not a boxoffice database"))
        }
        #expect(FileManager.default.contents(atPath: path) == bytes)
    }

    @Test func pathThatIsAFolderIsAStorageFailure() throws {
        let folder = try TempFolder()
        let result = Result { () throws(BookingError) in try SQLiteBookingStore(path: folder.path) }
        #expect(result.failure?.code == "STORAGE_FAILURE")
    }

    @Test func newDatabaseIsPrivateToItsUser() throws {
        let folder = try TempFolder()
        let path = folder.path + "/private/box.sqlite"
        _ = try SQLiteBookingStore(path: path, creation: .withFolders)
        let attributes = (
            try FileManager.default.attributesOfItem(atPath: folder.path + "/private"),
            try FileManager.default.attributesOfItem(atPath: path)
        )
        #expect((attributes.0[.posixPermissions] as? Int) == 0o700)
        #expect((attributes.1[.posixPermissions] as? Int) == 0o600)
    }

    @Test func unusablePolicyIsRefusedAndCreatesNoFile() async throws {
        var configuration = EngineConfiguration()
        configuration.activeCapacity = 0
        configuration.holdDuration = .zero
        #expect(configuration.problems.count == 2)
        let folder = try TempFolder()
        let path = folder.path + "/db.sqlite"
        let result = Result { () throws(BookingError) in try SQLiteBookingStore(path: path, policy: configuration) }
        #expect(result.failure?.code == "INVALID_REQUEST")
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(Result { () throws(BookingError) in try MemoryBookingStore(policy: configuration) }.failure?.code == "INVALID_REQUEST")
    }

    /// The schema keeps the capacity and the hold limit whatever the code does.
    @Test func schemaRefusesPassingTheCapacityAndTheHoldLimit() async throws {
        var configuration = EngineConfiguration()
        configuration.activeCapacity = 1
        configuration.holdLimit = 1
        let e = try await TestEngine(configuration: configuration)
        let alice = try await e.admitted("alice")
        _ = try await e.engine.issueToken(user: "bob")
        let seats = try await e.openSeats(token: alice)
        _ = try await e.engine.hold(token: alice, seats: [seats[0].id])
        #expect(throws: DatabaseError.self) { try e.sql { try $0.execute(sql: "UPDATE token SET status = 'active' WHERE buyer = 'bob'") } }
        #expect(throws: DatabaseError.self) {
            try e.sql {
                try $0.execute(
                    sql: "INSERT INTO reservation (seat_id, buyer, status, price, held_at, expires_at) VALUES (?, 'alice', 'held', 1, 0, 9e15)",
                    arguments: [seats[1].id.rawValue])
            }
        }
        #expect(try await e.engine.snapshot().active == 1)
        #expect(try await e.engine.holds(user: "alice").count == 1)
    }

    @Test func afterARestartOverdueHoldsAreReleasedAndSoldSeatsStaySold() async throws {
        var first: TestEngine? = try await TestEngine()
        let e = try #require(first)
        let (alice, holds) = try await PaymentTests.buyer(e, "alice", points: 1000, seats: [1, 2, 3])
        _ = try await e.engine.pay(token: alice, reservations: [holds[0].id])
        first = nil
        e.clock.advance(by: .seconds(301))
        let restarted = try await e.reopened()
        #expect(try await restarted.engine.releaseExpiredHolds() == 2)
        let bob = try await restarted.admitted("bob")
        let seats = try await restarted.openSeats(token: bob)
        #expect(seats.prefix(3).map(\.state) == [.sold, .free, .free])
        #expect(try await restarted.engine.bookings(user: "alice").map(\.id) == [holds[0].id])
        #expect(try await restarted.engine.balance(user: "alice") == 700)
        #expect(try await restarted.violations().isEmpty)
    }
}
