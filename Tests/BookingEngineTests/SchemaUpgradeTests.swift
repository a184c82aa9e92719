import BookingEngine
import Foundation
import GRDB
import Testing

/// A database written before the latest migration opens with everything in it intact.
@Suite struct SchemaUpgradeTests {
    /// Turns a current database back into the shape migration v6 starts from: the
    /// departures tree under its old name, and v6 not applied yet.
    static func rewindToV5(_ path: String) async throws {
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "ALTER TABLE departure_tree RENAME TO queue_departures")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v6'")
        }
    }

    /// Turns a current database back into the shape migration v5 starts from: the
    /// departures tree without its bucket bits, and v5 and v6 not applied yet.
    static func rewindToV4(_ path: String) async throws {
        try await rewindToV5(path)
        try await DatabaseQueue(path: path).write { db in
            for word in 0..<4 {
                try db.execute(sql: "ALTER TABLE queue_departures DROP COLUMN bits\(word)")
            }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v5'")
        }
    }

    /// Turns a current database back into the shape migration v4 starts from: `buyer` as
    /// a row-id table with an index on the name, and v4 to v6 not applied yet.
    static func rewindToV3(_ path: String) async throws {
        try await rewindToV4(path)
        try await DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: """
                CREATE TABLE buyer_v3 (
                    name TEXT PRIMARY KEY NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
                    balance INTEGER NOT NULL DEFAULT 0 CHECK (balance >= 0 AND balance <= 10000000)
                );
                INSERT INTO buyer_v3 (name, balance) SELECT name, balance FROM buyer;
                DROP TABLE buyer;
                ALTER TABLE buyer_v3 RENAME TO buyer;
                DELETE FROM grdb_migrations WHERE identifier = 'v4';
                """)
        }
    }

    static func buyerTableHasRowIDs(_ path: String) async throws -> Bool {
        try await DatabaseQueue(path: path).read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'buyer'")?.contains("WITHOUT ROWID") == false
        }
    }

    @Test func buyersTokensHoldsAndPaymentsSurviveTheUpgrade() async throws {
        let test = try await TestEngine(configuration: QueueTests.config(capacity: 1))
        _ = try await test.engine.charge(user: "ann", amount: 500_000)
        _ = try await test.engine.charge(user: "bob", amount: 70_000)
        let ann = try await test.admitted("ann")
        let seats = try await test.openSeats(token: ann).filter { $0.state == .free }
        let paid = try await test.engine.hold(token: ann, seats: [seats[0].id])
        let receipt = try await test.engine.pay(token: ann, reservations: paid.map(\.id))
        let bob = try await test.admitted("bob")
        let held = try await test.engine.hold(token: bob, seats: [seats[1].id])
        let waiting = try await test.engine.issueToken(user: "cy")
        #expect(waiting.position == 1)

        try await Self.rewindToV3(test.path)
        #expect(try await Self.buyerTableHasRowIDs(test.path))

        let upgraded = try test.reopened().engine
        #expect(try await Self.buyerTableHasRowIDs(test.path) == false)
        #expect(try await upgraded.balance(user: "ann") == receipt.balanceAfter)
        #expect(try await upgraded.balance(user: "bob") == 70_000)
        #expect(try await upgraded.bookings(user: "ann").map(\.id) == paid.map(\.id))
        #expect(try await upgraded.holds(user: "bob") == held)
        #expect(try await upgraded.queueStatus(token: bob).isActive)
        #expect(try await upgraded.queueStatus(token: waiting.token).position == 1)
        #expect(try await upgraded.audit().violations.isEmpty)
        let brokenForeignKeys = try DatabaseQueue(path: test.path).read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }
        #expect(brokenForeignKeys.isEmpty)

        let dee = try await upgraded.issueToken(user: "dee")
        _ = try await upgraded.charge(user: "dee", amount: 1_000)
        #expect(try await upgraded.balance(user: "dee") == 1_000)
        #expect(dee.token != waiting.token)
    }

    /// A new engine with three buyers admitted (the whole capacity) and `waiting` in line.
    static func lineBehindThreeShoppers(waiting: Int) async throws -> (TestEngine, [TokenID]) {
        let test = try await TestEngine(configuration: QueueTests.config(capacity: 3))
        _ = try await test.admitted(["ann", "bob", "cy"])
        var line: [TokenID] = []
        for index in 0..<waiting {
            line.append(try await test.engine.issueToken(user: "waiter\(index)").token)
        }
        return (test, line)
    }

    /// Places in line survive the upgrade that adds bucket bits to the departures tree:
    /// the bits are rebuilt from the line, with waiters admitted, counted out after
    /// lapsing, and lapsed but not counted out yet, all ahead of people still waiting.
    @Test func placesInLineSurviveTheUpgradeToBucketBits() async throws {
        let (test, line) = try await Self.lineBehindThreeShoppers(waiting: 12)
        let lapsing: Set<Int> = [1, 4, 5, 9]
        test.clock.advance(by: .seconds(60))
        for (index, token) in line.enumerated() where !lapsing.contains(index) {
            _ = try await test.engine.queueStatus(token: token)
        }
        test.clock.advance(by: .seconds(61))
        // The first poll counts the lapsed waiters out. Waiter 7 lapses at +180 s, after the
        // others' last polls, and the reads at +181 s write nothing, so it stays uncounted.
        _ = try await test.engine.queueStatus(token: line[0])
        test.clock.advance(by: .seconds(52))
        for (index, token) in line.enumerated() where !lapsing.contains(index) && index != 7 {
            _ = try await test.engine.queueStatus(token: token)
        }
        test.clock.advance(by: .seconds(8))
        let staying = line.indices.filter { !lapsing.contains($0) && $0 != 7 }
        var before: [Int?] = []
        for index in staying { before.append(try await test.engine.queueStatus(token: line[index]).position) }
        #expect(before == Array(1...staying.count))

        try await Self.rewindToV4(test.path)
        let upgraded = try test.reopened().engine
        var after: [Int?] = []
        for index in staying { after.append(try await upgraded.queueStatus(token: line[index]).position) }
        #expect(after == before)
        #expect(try await upgraded.queueStatus(token: line[staying[0]]).waitingCount == staying.count)
        #expect(try await upgraded.audit().violations.isEmpty)
    }

    /// Departures recorded without their bits (by a boxoffice older than v5 still running
    /// on the file) are repaired by v6, which also takes the tree's old name away from
    /// such a process.
    @Test func theRenameRepairsBitsAnOlderProcessLeftOut() async throws {
        let (test, line) = try await Self.lineBehindThreeShoppers(waiting: 10)
        try await Self.rewindToV5(test.path)
        try await DatabaseQueue(path: test.path).write { db in
            try db.execute(sql: "UPDATE queue_departures SET bits0 = 0, bits1 = 0, bits2 = 0, bits3 = 0")
        }
        let upgraded = try test.reopened().engine
        #expect(try await upgraded.queueStatus(token: line[4]).position == 5)
        #expect(try await upgraded.audit().violations.isEmpty)
        let oldName = try await DatabaseQueue(path: test.path).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name = 'queue_departures'")
        }
        #expect(oldName == 0)
    }
}
