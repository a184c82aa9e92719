import BookingEngine
import Testing

@Suite struct EngineEventLogTests {
    static func event(_ number: Int) -> EngineEvent {
        EngineEvent(at: Timestamp(milliseconds: Int64(number)), kind: .note, text: "event \(number)")
    }

    @Test func theRingKeepsTheLatestEventsNewestFirst() {
        let log = EngineEventLog(capacity: 3)
        #expect(log.recent().isEmpty)
        for number in 1...5 { log.record(Self.event(number)) }
        #expect(log.recent() == [5, 4, 3].map(Self.event))
        #expect(log.recent(2) == [5, 4].map(Self.event))
        #expect(log.recent(0).isEmpty)
    }

    @Test func recordingFromManyTasksAtOnceKeepsExactlyTheCapacity() async {
        let log = EngineEventLog(capacity: 200)
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask { for number in 0..<100 { log.record(Self.event(task * 1000 + number)) } }
            }
        }
        let kept = log.recent()
        #expect(kept.count == 200)
        #expect(Set(kept.map(\.text)).count == 200)
    }

    @Test(arguments: StoreKind.allCases) func aBuyersJourneyIsRecordedWithTimesAndErrorCodes(store: StoreKind) async throws {
        var configuration = EngineConfiguration()
        configuration.activeCapacity = 1
        let e = try await TestEngine(store, configuration: configuration)
        #expect(try await e.engine.recentEvents(10).map(\.kind) == [.catalog])
        let alice = try await e.engine.issueToken(user: "alice").token
        let bob = try await e.engine.issueToken(user: "bob").token
        e.clock.advance(by: .seconds(1))
        let seat = try await e.openSeats(token: alice)[0]
        let held = try await e.engine.hold(token: alice, seats: [seat.id])
        _ = try await e.engine.charge(user: "alice", amount: 10_000)
        _ = try await e.engine.pay(token: alice, reservations: held.map(\.id))
        #expect(try await e.engine.sweepExpiredTokens() == 1, "the token spent by the payment")
        #expect(try await e.engine.releaseExpiredHolds() == 0)
        #expect(try await e.engine.runAdmission() == 1)
        await #expect(throws: BookingError.seatUnavailable(seatNumber: 1)) {
            try await e.engine.hold(token: bob, seats: [seat.id])
        }
        let payment = try #require(try await e.engine.bookings(user: "alice").first).payment
        #expect(e.engine.events.recent().map(\.text) == ["Hold failed: SEAT_UNAVAILABLE"], "failures stay with the process")
        let stored = try await e.stored { try $0.events(limit: 20) }
        #expect(stored.map(\.kind) == [.admission, .sweep, .payment, .charge, .hold, .queue, .queue, .catalog],
                "a sweep that found nothing and reads are not recorded")
        #expect(stored.map(\.text).prefix(6) == [
            "Admitted 1 from the line",
            "Deleted 1 expired token",
            "Paid 300 pts for VIP · row A · seat 1 (payment #\(payment))",
            "alice +10,000 pts · balance 10,000 pts",
            "Held VIP · row A · seat 1 · Test Hall Live",
            "bob · token \(bob.short) · #1 in line",
        ])
        #expect(stored[6].text == "alice · token \(alice.short) · admitted")
        let vip = EngineEvent.Seat(section: "VIP", row: "A", seat: 1, number: 1)
        #expect(stored.prefix(7).map(\.detail) == [
            .admitted(count: 1), .tokensDeleted(count: 1), .paid(amount: 300, seats: [vip], payment: payment.rawValue),
            .charged(buyer: "alice", amount: 10_000, balance: 10_000), .held(seats: [vip], concert: "Test Hall Live"),
            .joinedLine(buyer: "bob", token: bob.short, position: 1), .joinedLine(buyer: "alice", token: alice.short, position: nil),
        ], "each event keeps its detail beside its text")
        #expect(stored.prefix(5).allSatisfy { $0.at == e.clock.now() })
        #expect(stored[5].at == e.clock.now() - .seconds(1), "bob joined before the clock moved")
        let recent = try await e.engine.recentEvents(20)
        #expect(Set(recent.map(\.text)) == Set(stored.map(\.text) + ["Hold failed: SEAT_UNAVAILABLE"]))
    }

    /// Every process on a database sees what the others did: the events are kept in it.
    @Test func anotherProcessSeesTheEvents() async throws {
        let e = try await TestEngine()
        _ = try await e.engine.issueToken(user: "alice")
        let other = try await e.reopened()
        #expect(try await other.engine.recentEvents(2).map(\.kind) == [.queue, .catalog])
    }

    @Test(arguments: StoreKind.allCases) func movingTheClockOfAnOrdinaryDatabaseIsRecordedAsAnError(store: StoreKind) async throws {
        let e = try await TestEngine(store, catalog: nil)
        await #expect(throws: BookingError.self) { try await e.engine.advanceClock(by: .seconds(60)) }
        #expect(e.engine.events.recent(1).map(\.text) == ["Clock advance failed: INVALID_REQUEST"])
        #expect(e.engine.events.recent(1).map(\.detail) == [.failed(operation: .clockAdvance, code: "INVALID_REQUEST")])
        #expect(try await e.engine.recentEvents(1).map(\.text) == ["Clock advance failed: INVALID_REQUEST"])
        #expect(try await e.engine.qaClockOffset() == nil)
    }

    @Test(arguments: StoreKind.allCases) func othersCanRecordTheirOwnEvents(store: StoreKind) async throws {
        let e = try await TestEngine(store, catalog: nil)
        e.engine.events.record(.note, "Crowd of 20 buyers started", at: e.clock.now())
        #expect(e.engine.events.recent() == [EngineEvent(at: e.clock.now(), kind: .note, text: "Crowd of 20 buyers started")])
    }

    @Test(arguments: StoreKind.allCases) func theSchedulerKnowsWhenEachJobRunsNextWhileStarted(store: StoreKind) async throws {
        let e = try await TestEngine(store, catalog: nil)
        let sleeper = TestSleeper()
        let scheduler = EngineScheduler(engine: e.engine, sleeper: sleeper)
        #expect(EngineScheduler.Job.allCases.compactMap(scheduler.nextRun(of:)).isEmpty, "nothing is scheduled before start")

        scheduler.start()
        await sleeper.waitForSleepers(3)
        let start = e.clock.now()
        #expect(scheduler.nextRun(of: .admission) == start + .seconds(60))
        #expect(scheduler.nextRun(of: .tokenExpiry) == start + .seconds(300))
        #expect(scheduler.nextRun(of: .holdExpiry) == start + .seconds(60))

        e.clock.advance(by: .seconds(60))
        sleeper.advance(by: .seconds(60))
        await sleeper.waitForSleepers(3)
        #expect(scheduler.nextRun(of: .admission) == start + .seconds(120), "recorded again as the job goes back to sleep")
        #expect(scheduler.nextRun(of: .tokenExpiry) == start + .seconds(300))

        scheduler.stop()
        #expect(EngineScheduler.Job.allCases.compactMap(scheduler.nextRun(of:)).isEmpty, "nothing is scheduled once stopped")
    }
}
