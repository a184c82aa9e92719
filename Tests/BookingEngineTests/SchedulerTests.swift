import BookingEngine
import Synchronization
import Testing

@Suite struct SchedulerTests {
    static func config() -> EngineConfiguration {
        var configuration = EngineConfiguration()
        configuration.activeCapacity = 1
        configuration.activeTokenLifetime = .seconds(60)
        configuration.holdDuration = .seconds(60)
        return configuration
    }

    /// Alice is admitted and holds a seat; Bob waits behind her.
    static func scene(_ store: StoreKind = .sqlite) async throws -> (TestEngine, bob: TokenID) {
        let e = try await TestEngine(store, configuration: config())
        let alice = try await e.admitted("alice")
        _ = try await e.engine.hold(token: alice, seats: [try await e.openSeats(token: alice)[0].id])
        let bob = try await e.engine.issueToken(user: "bob").token
        return (e, bob)
    }

    @Test(arguments: StoreKind.allCases, EngineScheduler.Job.allCases)
    func runNowRunsOneJob(store: StoreKind, job: EngineScheduler.Job) async throws {
        let (e, bob) = try await Self.scene(store)
        let seen = Mutex<[EngineScheduler.Run]>([])
        let scheduler = EngineScheduler(engine: e.engine, sleeper: TestSleeper()) { run in seen.withLock { $0.append(run) } }
        e.clock.advance(by: .seconds(60))
        let run = try await scheduler.runNow(job)
        #expect(run.job == job && run.at == e.clock.now())
        #expect(run.affected == 1)
        #expect(seen.withLock { $0 } == [run])
        #expect(try await e.engine.queueStatus(token: bob).isActive == (job == .admission))
        #expect(try await e.engine.holds(user: "alice").isEmpty)
        #expect(!scheduler.isRunning)
    }

    @Test func startedJobsRunAtTheirIntervalsUntilStopped() async throws {
        let (e, bob) = try await Self.scene()
        let sleeper = TestSleeper()
        let (runs, sink) = AsyncStream.makeStream(of: EngineScheduler.Run.self)
        let scheduler = EngineScheduler(engine: e.engine, sleeper: sleeper) { sink.yield($0) }
        #expect(EngineScheduler.Job.allCases.map(scheduler.interval(of:)) == [.seconds(60), .seconds(300), .seconds(60)])
        scheduler.start()
        scheduler.start()
        #expect(scheduler.isRunning)
        var iterator = runs.makeAsyncIterator()

        await sleeper.waitForSleepers(3)
        e.clock.advance(by: .seconds(60))
        sleeper.advance(by: .seconds(60))
        var first: [EngineScheduler.Job: Int] = [:]
        for _ in 0..<2 { if let run = await iterator.next() { first[run.job] = run.affected } }
        #expect(first == [.admission: 1, .holdExpiry: 1])
        #expect(try await e.engine.queueStatus(token: bob).isActive)

        await sleeper.waitForSleepers(3)
        e.clock.advance(by: .seconds(240))
        sleeper.advance(by: .seconds(240))
        var second: [EngineScheduler.Job: Int] = [:]
        for _ in 0..<3 { if let run = await iterator.next() { second[run.job] = run.affected } }
        // Alice's token went when admission made room for Bob; Bob's shopping time is over
        // now, and his token goes with whichever job runs first, the sweep or admission.
        #expect(second[.admission] == 0 && second[.holdExpiry] == 0 && (0...1).contains(second[.tokenExpiry] ?? -1))
        #expect(await errorCode { try await e.engine.queueStatus(token: bob) } == "TOKEN_NOT_FOUND")

        await sleeper.waitForSleepers(3)
        scheduler.stop()
        #expect(!scheduler.isRunning)
        #expect(sleeper.sleeperCount == 0)
        sink.finish()
    }
}
