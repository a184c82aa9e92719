import BookingEngine
import GRDB
import Testing

/// The invariant audit finds nothing on a sound database and names what was tampered with.
@Suite struct AuditTests {
    @Test(arguments: StoreKind.allCases) func soundAfterEveryFlow(store: StoreKind) async throws {
        let test = try await TestEngine(store)
        let token = try await test.admitted("ann")
        _ = try await test.engine.charge(user: "ann", amount: 1_000)
        let seats = try await test.openSeats(token: token)
        let holds = try await test.engine.hold(token: token, seats: [seats[0].id, seats[20].id])
        _ = try await test.engine.pay(token: token, reservations: [holds[0].id])
        let report = try await test.engine.audit()
        #expect(report.violations == [])
        #expect(report.liveHolds == 1)
        #expect(report.payments >= 1)
    }

    /// A hold whose deadline passes after a sweep ran is not one the sweep missed; one that
    /// had passed before it is.
    @Test(arguments: StoreKind.allCases) func overdueHoldsAreCountedAtTheSweep(store: StoreKind) async throws {
        let test = try await TestEngine(store)
        let token = try await test.admitted("ann")
        let seats = try await test.openSeats(token: token)
        _ = try await test.engine.hold(token: token, seats: [seats[0].id])
        test.clock.advance(by: .seconds(299))
        #expect(try await test.engine.releaseExpiredHolds() == 0)
        let sweptAt = test.engine.now()
        test.clock.advance(by: .seconds(2))
        let afterSweep = try await test.engine.audit(holdsSweptAt: sweptAt)
        #expect(afterSweep.overdueHolds == 0)
        #expect(afterSweep.violations == [])
        let missed = try await test.engine.audit(holdsSweptAt: test.engine.now())
        #expect(missed.overdueHolds == 1)
        #expect(missed.violations == ["1 holds past their deadline after a sweep"])
        let (released, report) = try await test.engine.releaseExpiredHoldsThenAudit()
        #expect(released == 1)
        #expect(report.overdueHolds == 0)
        #expect(report.holdsSwept)
        #expect(report.violations == [])
    }

    @Test func tamperingIsNamed() async throws {
        let test = try await TestEngine()
        let token = try await test.admitted("ann")
        _ = try await test.engine.charge(user: "ann", amount: 1_000)
        let seats = try await test.openSeats(token: token)
        let holds = try await test.engine.hold(token: token, seats: [seats[0].id, seats[1].id])
        _ = try await test.engine.pay(token: token, reservations: [holds[0].id])
        try test.sql { db in
            try db.execute(sql: "INSERT INTO ledger (buyer, kind, amount, balance_after, at) VALUES ('ann', 'charge', 7, 7, 0)")
            try db.execute(sql: "UPDATE payment SET amount = amount + 1 WHERE buyer = 'ann'")
            try db.execute(sql: "DROP INDEX reservation_live_seat")
            try db.execute(sql: "INSERT INTO reservation (seat_id, buyer, status, price, held_at, expires_at) SELECT seat_id, buyer, 'held', price, held_at, expires_at FROM reservation WHERE id = ?", arguments: [holds[1].id.rawValue])
        }
        test.clock.advance(by: .seconds(301))
        let report = try await test.engine.audit(holdsSweptAt: test.engine.now())
        #expect(report.balancesOffLedger == 1)
        #expect(report.paymentsOffTheirSeats == 1)
        #expect(report.salesWithoutOnePayment == 1)
        #expect(report.overdueHolds == 2)
        #expect(report.violations.count == 4)
        test.clock.advance(by: .seconds(-301))
        #expect(try await test.engine.audit().seatsDoublyTaken == 1)
    }

    /// The lapse tree agrees with the tokens through admissions, lapsed waiters counted
    /// out and lapsed waiters not counted yet; a changed count or bit is named.
    @Test func lapseTreeDriftIsNamed() async throws {
        let test = try await TestEngine(configuration: QueueTests.config(capacity: 3, activeLifetime: .seconds(30)))
        _ = try await test.admitted(["ann", "bob", "cy"])
        var line: [TokenID] = []
        for index in 0..<300 {
            line.append(try await test.engine.issueToken(user: "waiter\(index)").token)
        }
        // At +60 s the shoppers are gone and three waiters are admitted; every fourth waiter
        // stops polling and lapses at +130 s. The waiters who poll at +135 s stay; the
        // others lapse at +190 s and are not counted out yet at +191 s.
        try await test.pass(.seconds(60))
        for (index, token) in line.enumerated() where index % 4 != 0 {
            _ = try await test.engine.queueStatus(token: token)
        }
        #expect(try await test.engine.runAdmission() == 3)
        try await test.pass(.seconds(75))
        for (index, token) in line.enumerated() where index % 4 == 1 && index > 2 {
            _ = try await test.engine.queueStatus(token: token)
        }
        test.clock.advance(by: .seconds(56))
        #expect(try await test.engine.queueStatus(token: line[5]).position == 1)
        #expect(try await test.engine.audit().lapseTreeOff == 0)
        #expect(try await test.engine.audit().violations == [])
        try test.sql { db in
            try db.execute(sql: "UPDATE lapse_node SET bits = (bits | 4) - (bits & 4) WHERE node = (SELECT MIN(node) FROM lapse_node WHERE bits != 0)")
        }
        let report = try await test.engine.audit()
        #expect(report.lapseTreeOff > 0)
        #expect(report.violations == ["\(report.lapseTreeOff) disagreements between the lapse tree and the tokens (places in line)"])
    }

    /// Admission starts after the number it last reached; a live waiter at or below it
    /// would never be admitted, and the audit says so.
    @Test func auditFindsWaitersAdmissionPassedOver() async throws {
        let test = try await TestEngine(configuration: QueueTests.config(capacity: 2))
        _ = try await test.admitted(["ann", "bob"])
        let line = [try await test.engine.issueToken(user: "cy").token, try await test.engine.issueToken(user: "dee").token]
        #expect(try await test.engine.audit().waitersPassedOver == 0)
        try test.sql { db in try db.execute(sql: "UPDATE state SET admitted_through = (SELECT max(number) FROM token)") }
        let report = try await test.engine.audit()
        #expect(report.waitersPassedOver == 2)
        #expect(report.violations.contains("2 live waiters behind the point admission has reached"))
        #expect(line.count == 2)
    }

    @Test func readOnlyAuditOfAFileChangesNothing() async throws {
        let test = try await TestEngine()
        _ = try await test.admitted("ann")
        let before = HostileStorageTests.bytes(test.path)
        let audit = try InvariantAudit(readOnlyPath: test.path)
        #expect(try audit.liveActiveTokens(clock: test.clock) == (live: 1, capacity: 30))
        #expect(try audit.report(at: test.clock.now(), holdsSweptAt: nil).violations == [])
        #expect(HostileStorageTests.bytes(test.path) == before)
    }
}
