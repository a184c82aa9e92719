import BookingEngine
import GRDB
import Testing

/// Reads take the lapsed waiters nobody counted out yet from the waiting tally once their
/// expiry slot is over, and step through them while it lasts; either way every place in
/// line is exact. The line here spans two number groups (waiter `i` is numbered `i + 4`,
/// after three shoppers), its last seven numbers are not in the tally yet (it takes token
/// issues `WaitingTally.block` at a time), and fewer waiters lapse than a read leaves
/// uncounted (`LapsedWaiters.readable`), so nothing counts them out meanwhile.
@Suite struct WaitingTallyTests {
    static let waiters = 1_300
    /// Lapsing waiters, by index in line: in both groups, at their edges and in between,
    /// and among the numbers not in the tally yet.
    static let lapsing: Set<Int> = [0, 1, 500, 1_019, 1_020, 1_021, 1_100, 1_290, 1_295, 1_299]

    /// Three shoppers hold every place; `waiters` wait, issued at t0. All but `lapsing`
    /// poll at t0+60 s and t0+115 s; the clock is left at t0+115 s.
    static func line() async throws -> (TestEngine, [TokenID], expiry: Timestamp) {
        let test = try await TestEngine(configuration: QueueTests.config(capacity: 3))
        _ = try await test.admitted(["ann", "bob", "cy"])
        var line: [TokenID] = []
        var expiry = Timestamp(milliseconds: 0)
        for index in 0..<waiters {
            let status = try await test.engine.issueToken(user: "w\(index)")
            line.append(status.token)
            expiry = status.expiresAt
        }
        for wait in [60, 55] {
            test.clock.advance(by: .seconds(wait))
            for (index, token) in line.enumerated() where !lapsing.contains(index) {
                _ = try await test.engine.queueStatus(token: token)
            }
        }
        return (test, line, expiry)
    }

    /// Moves the clock to `milliseconds` past `moment`.
    static func advance(_ test: TestEngine, toAfter moment: Timestamp, by milliseconds: Int64) {
        test.clock.advance(by: .milliseconds(moment.milliseconds + milliseconds - test.clock.now().milliseconds))
    }

    /// Every waiter's place and the number waiting, checked against the line itself.
    static func expectExactPlaces(_ test: TestEngine, _ line: [TokenID]) async throws {
        let staying = line.indices.filter { !lapsing.contains($0) }
        for (place, index) in staying.enumerated() {
            let status = try await test.engine.queueStatus(token: line[index])
            #expect(status.position == place + 1, "waiter \(index)")
            #expect(status.waitingCount == staying.count)
        }
    }

    static func uncounted(_ test: TestEngine) throws -> Int {
        try test.sql { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM token t JOIN line_counter q ON q.id = 1
                WHERE t.status = 'waiting' AND (t.expires_at, t.seq) > (q.lapse_mark_expiry, q.lapse_mark_seq)
                  AND t.expires_at <= ?
                """, arguments: [test.clock.now().milliseconds]) ?? 0
        }
    }

    @Test func placesAreExactWhileTheLapsedAreTakenFromTheTally() async throws {
        let (test, line, expiry) = try await Self.line()
        Self.advance(test, toAfter: expiry, by: 1_000)
        try await Self.expectExactPlaces(test, line)
        #expect(try Self.uncounted(test) == Self.lapsing.count)
        #expect(try test.sql { db in try Int.fetchOne(db, sql: "SELECT tallied_through FROM line_counter") } == 1_296)
        #expect(try test.violations().isEmpty)
    }

    @Test func placesAreExactWhileTheLapsedAreSteppedThroughInTheirSlot() async throws {
        let (test, line, expiry) = try await Self.line()
        Self.advance(test, toAfter: expiry, by: 1)
        try await Self.expectExactPlaces(test, line)
        #expect(try Self.uncounted(test) == Self.lapsing.count)
    }

    @Test func placesStayExactOnceTheLapsedAreCountedOut() async throws {
        let (test, line, expiry) = try await Self.line()
        Self.advance(test, toAfter: expiry, by: 1_000)
        #expect(try await test.engine.sweepExpiredTokens() == Self.lapsing.count)
        let cells = try test.sql { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM waiting_tally WHERE waiters = 0") }
        #expect(cells == 0)
        try await Self.expectExactPlaces(test, line)
        #expect(try test.violations().isEmpty)
    }

    @Test func theAuditFindsCellsOffTheTokens() async throws {
        let (test, _, _) = try await Self.line()
        #expect(try await test.engine.audit().tallyCellsOff == 0)
        try test.sql { db in
            try db.execute(sql: "UPDATE waiting_tally SET waiters = waiters + 1 WHERE (slot, grp) = (SELECT slot, grp FROM waiting_tally LIMIT 1)")
        }
        let report = try await test.engine.audit()
        #expect(report.tallyCellsOff == 1)
        #expect(report.violations == ["1 cells of the waiting tally that disagree with the tokens"])
    }

    /// A tally that lost a cell refuses the admission that would take from it, and the
    /// admission changes nothing. (The first waiter is in the tally once the line has
    /// issued a whole `WaitingTally.block` of numbers since.)
    @Test func anAdmissionThatFindsACellMissingChangesNothing() async throws {
        let test = try await TestEngine(configuration: QueueTests.config(capacity: 1, activeLifetime: .seconds(60)))
        _ = try await test.admitted("ann")
        for index in 0..<16 { _ = try await test.engine.issueToken(user: "w\(index)") }
        #expect(try test.sql { db in try Int.fetchOne(db, sql: "SELECT tallied_through FROM line_counter") } == 16)
        try test.sql { db in try db.execute(sql: "DELETE FROM waiting_tally") }
        let line = "SELECT group_concat(user || ':' || status || ':' || expires_at) FROM token"
        let before = try test.sql { db in try String.fetchOne(db, sql: line) }
        test.clock.advance(by: .seconds(61))
        #expect(await errorCode { try await test.engine.runAdmission() } == "STORAGE_FAILURE")
        #expect(try test.sql { db in try String.fetchOne(db, sql: line) } == before)
        #expect(try test.sql { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM admission_log") } == 0)
    }
}
