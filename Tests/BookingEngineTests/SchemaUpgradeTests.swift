import BookingEngine
import Foundation
import GRDB
import Testing

/// A database written before the latest migration opens with everything in it intact.
@Suite struct SchemaUpgradeTests {
    /// Turns a current database back into the shape migration v8 starts from: no waiting
    /// tally, the line's counter under its old name and without the tally's newest number,
    /// and v8 and v9 not applied yet.
    static func rewindToV7(_ path: String) async throws {
        try await rewindToV8(path)
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                DROP TABLE waiting_tally;
                ALTER TABLE line_counter DROP COLUMN tallied_through;
                ALTER TABLE line_counter RENAME TO queue_counter;
                DELETE FROM grdb_migrations WHERE identifier = 'v8';
                """)
        }
    }

    /// Turns a current database back into the shape migration v7 starts from: tokens
    /// keyed by a random id (the secret of today's id), with their number and their buyer
    /// in indexes of their own, the next number in `next_seq`, no admission high-water
    /// mark, no token number on buyers, and v7 to v9 not applied yet.
    static func rewindToV6(_ path: String) async throws {
        try await rewindToV7(path)
        try await DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: """
                DROP TRIGGER token_is_its_buyers;
                DROP TRIGGER buyer_token_replaced_when_gone;
                DROP TRIGGER token_keeps_its_buyer;
                DROP TRIGGER token_number_never_reissued;
                UPDATE queue_counter SET next_seq = max(next_seq, COALESCE((SELECT max(seq) FROM token), 0) + 1);
                ALTER TABLE buyer DROP COLUMN token_seq;
                CREATE TABLE token_v6 (
                    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 32),
                    user TEXT NOT NULL UNIQUE REFERENCES buyer(name),
                    seq INTEGER NOT NULL UNIQUE CHECK (seq >= 1),
                    status TEXT NOT NULL CHECK (status IN ('waiting', 'active')),
                    created_at INTEGER NOT NULL,
                    expires_at INTEGER NOT NULL,
                    admitted_at INTEGER,
                    CHECK ((status = 'active') = (admitted_at IS NOT NULL))
                );
                INSERT INTO token_v6 (id, user, seq, status, created_at, expires_at, admitted_at)
                SELECT secret, user, seq, status, created_at, expires_at, admitted_at FROM token;
                DROP TABLE token;
                ALTER TABLE token_v6 RENAME TO token;
                CREATE INDEX token_active_expiry ON token(expires_at) WHERE status = 'active';
                CREATE INDEX token_waiting_expiry ON token(expires_at, seq) WHERE status = 'waiting';
                CREATE INDEX token_waiting_seq ON token(seq, expires_at) WHERE status = 'waiting';
                ALTER TABLE queue_counter DROP COLUMN admitted_through;
                DELETE FROM grdb_migrations WHERE identifier = 'v7';
                """)
        }
    }

    /// Turns a current database back into the shape migration v6 starts from: the
    /// departures tree under its old name, and v6 to v9 not applied yet.
    static func rewindToV5(_ path: String) async throws {
        try await rewindToV6(path)
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "ALTER TABLE departure_tree RENAME TO queue_departures")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v6'")
        }
    }

    /// Turns a current database back into the shape migration v5 starts from: the
    /// departures tree without its bucket bits, and v5 to v9 not applied yet.
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
    /// a row-id table with an index on the name, and v4 to v9 not applied yet.
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

    /// Tokens keep their places, their secrets and their buyers through the upgrade that
    /// keys them by number: an id issued before it is its secret alone, which finds
    /// nothing after it, and asking again gives the buyer the same token with its number
    /// added, which works from then on. Admission still takes the line in order.
    @Test func tokensKeepTheirPlacesWhenKeyedByNumber() async throws {
        let (test, line) = try await Self.lineBehindThreeShoppers(waiting: 6)
        try await Self.rewindToV6(test.path)
        let oldIDs = line.map { TokenID(rawValue: String($0.rawValue.prefix(32))) }
        let upgraded = try test.reopened().engine
        let indexes = try await DatabaseQueue(path: test.path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'token' ORDER BY name")
        }
        #expect(indexes == ["token_active_expiry", "token_waiting_expiry"])
        let buyersTokens = try await DatabaseQueue(path: test.path).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM buyer b JOIN token t ON t.seq = b.token_seq AND t.user = b.name")
        }
        #expect(buyersTokens == 9)
        #expect(await errorCode { try await upgraded.queueStatus(token: oldIDs[2]) } == "TOKEN_NOT_FOUND")
        let again = try await upgraded.issueToken(user: "waiter2")
        #expect(again.token == line[2] && again.position == 3)
        var places: [Int?] = []
        for token in line { places.append(try await upgraded.queueStatus(token: token).position) }
        #expect(places == Array(1...6))

        for _ in 0..<10 {
            test.clock.advance(by: .seconds(61))
            for token in line { _ = try await upgraded.queueStatus(token: token) }
        }
        #expect(try await upgraded.runAdmission() == 3)
        #expect(try await upgraded.queueStatus(token: line[2]).isActive)
        #expect(try await upgraded.queueStatus(token: line[3]).position == 1)
        #expect(try await upgraded.issueToken(user: "newcomer").position == 4)
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

    /// The upgrade that adds the waiting tally fills it from the line as it is: live
    /// waiters, and lapsed ones not counted out yet (in a slot already over, which reads
    /// then take from the tally), all keep their places, and an older process still
    /// running on the file loses the counter's old name.
    @Test func placesInLineSurviveTheUpgradeToTheWaitingTally() async throws {
        let (test, line) = try await Self.lineBehindThreeShoppers(waiting: 12)
        let lapsing: Set<Int> = [2, 3, 7, 10]
        // The others poll (and are kept alive) at +60 s and +115 s; the reads at +121 s
        // write nothing, so the four who lapsed at +120 s stay uncounted.
        for wait in [60, 55] {
            test.clock.advance(by: .seconds(wait))
            for (index, token) in line.enumerated() where !lapsing.contains(index) {
                _ = try await test.engine.queueStatus(token: token)
            }
        }
        test.clock.advance(by: .seconds(6))
        let staying = line.indices.filter { !lapsing.contains($0) }
        var before: [Int?] = []
        for index in staying { before.append(try await test.engine.queueStatus(token: line[index]).position) }
        #expect(before == Array(1...staying.count))

        try await Self.rewindToV7(test.path)
        let upgraded = try test.reopened().engine
        let tallied = try await DatabaseQueue(path: test.path).read { db in
            try Int.fetchOne(db, sql: "SELECT SUM(waiters) FROM waiting_tally")
        }
        #expect(tallied == line.count)
        var after: [Int?] = []
        for index in staying { after.append(try await upgraded.queueStatus(token: line[index]).position) }
        #expect(after == before)
        #expect(try await upgraded.queueStatus(token: line[staying[0]]).waitingCount == staying.count)
        #expect(try await upgraded.audit().violations.isEmpty)
        let oldName = try await DatabaseQueue(path: test.path).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name = 'queue_counter'")
        }
        #expect(oldName == 0)
    }
}
