import BookingEngine
import GRDB
import Testing

/// Places in a line long enough to use three levels of `departure_sums` (numbers past
/// 65,536, buckets past 16 × 16) are exact: after the upgrade builds the sums from the line,
/// while lapsed waiters are not counted out yet, once the sweep has counted them out in
/// every bucket, and after an admission. The line is written by SQL, as the engine writes
/// it, and every checked place is compared with a count over the `token` table.
@Suite struct DepartureSumsTests {
    static let waiting = 70_000
    /// Every `lapsedEvery`-th waiter stops polling and lapses a second after the fill.
    static let lapsedEvery = 20

    /// Waiter `k` (1…`waiting`) is numbered `k + (k − 1) / 49`: every 50th number went to
    /// someone who has left the line.
    static func sequence(_ k: Int) -> Int64 { Int64(k + (k - 1) / 49) }

    static func token(_ k: Int) -> TokenID {
        let secret = String(k, radix: 16)
        return TokenID(rawValue: String(repeating: "0", count: 32 - secret.count) + secret + "-" + String(sequence(k), radix: 16))
    }

    /// Waiters spread over the line, and those numbered at the edges of the tree's groups
    /// (buckets 16 and 256 start at numbers 4,096 and 65,536).
    static let checked: [Int] = Array(stride(from: 1, through: waiting, by: 997))
        + (1...waiting).filter { k in [256, 4_096, 8_192, 65_536].contains { abs(sequence(k) - $0) <= 2 } }

    /// A new database holding the line, written at the test clock's moment and brought back
    /// to v8, so that opening it builds `departure_sums` from the line.
    static func line() async throws -> (TestEngine, BookingEngine) {
        let test = try await TestEngine(configuration: QueueTests.config(capacity: 3))
        let now = test.clock.now().milliseconds
        try test.sql { db in
            let numbers = "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < \(waiting))"
            try db.execute(sql: "\(numbers) INSERT INTO buyer (name, token_seq) SELECT 'w' || n, n + (n - 1) / 49 FROM k")
            try db.execute(
                sql: """
                    \(numbers) INSERT INTO token (seq, secret, user, status, created_at, expires_at)
                    SELECT n + (n - 1) / 49, printf('%032x', n), 'w' || n, 'waiting', ?,
                        CASE WHEN n % \(lapsedEvery) = 0 THEN ? ELSE ? END
                    FROM k
                    """,
                arguments: [now, now + 1_000, now + 120_000])
            try db.execute(sql: "UPDATE line_counter SET tallied_through = (SELECT max(seq) FROM token)")
            try db.execute(sql: """
                INSERT INTO waiting_tally (slot, grp, waiters)
                SELECT expires_at / 250, seq >> 10, COUNT(*) FROM token GROUP BY 1, 2
                """)
        }
        try await SchemaUpgradeTests.rewindToV8(test.path)
        return (test, try test.reopened().engine)
    }

    /// Every checked waiter's place, if still waiting, and the number waiting, against the
    /// table.
    static func expectExactPlaces(_ test: TestEngine, _ engine: BookingEngine) async throws {
        let live = "FROM token WHERE status = 'waiting' AND expires_at > \(test.clock.now().milliseconds)"
        let waitingNow = try test.sql { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) \(live)") }
        for k in checked {
            let expected = try test.sql { db in
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT CASE WHEN EXISTS (SELECT 1 \(live) AND seq = ?1)
                            THEN (SELECT COUNT(*) + 1 \(live) AND seq < ?1) END
                        """,
                    arguments: [sequence(k)])
            }
            guard let expected else { continue }
            let status = try await engine.queueStatus(token: token(k))
            #expect(status.position == expected, "waiter \(k), number \(sequence(k))")
            #expect(status.waitingCount == waitingNow)
        }
    }

    /// The departures counted by `departure_sums` row `node`.
    static func departed(_ test: TestEngine, node: Int64) throws -> Int64? {
        try test.sql { db in
            try Int64.fetchOne(db, sql: "SELECT departed FROM departure_sums WHERE node = ?", arguments: [node])
        }
    }

    @Test func placesAreExactAcrossThreeLevelsOfTheTree() async throws {
        let (test, engine) = try await Self.line()
        // Every 50th number departed: 1,310 below 65,536 (buckets 0…255, row (2, 0, 1)),
        // 1,428 in all (the total's row).
        #expect(try Self.departed(test, node: 2 << 28 | 1) == 1_310)
        #expect(try Self.departed(test, node: 6 << 28 | 1) == 1_428)
        try await Self.expectExactPlaces(test, engine)
        #expect(try await engine.audit().violations.isEmpty)

        test.clock.advance(by: .seconds(2))
        try await Self.expectExactPlaces(test, engine)
        // The checked waiters among the lapsing ones polled before their lapse and stay.
        let keptAlive = Self.checked.count { $0 % Self.lapsedEvery == 0 }
        #expect(try await engine.sweepExpiredTokens() == Self.waiting / Self.lapsedEvery - keptAlive)
        try await Self.expectExactPlaces(test, engine)
        #expect(try await engine.audit().violations.isEmpty)

        #expect(try await engine.runAdmission() == 3)
        try await Self.expectExactPlaces(test, engine)
        #expect(try await engine.queueStatus(token: Self.token(4)).position == 1)
        #expect(try await engine.audit().violations.isEmpty)
    }
}
