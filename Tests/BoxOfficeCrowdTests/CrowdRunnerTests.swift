import BookingEngine
import BoxOfficeCrowd
import Testing

@Suite("The real-time runner drives a crowd in the background")
struct CrowdRunnerTests {
    private func crowd(_ harness: CrowdHarness, buyers: Int) -> CrowdSimulation {
        var configuration = CrowdConfiguration()
        configuration.buyers = buyers
        configuration.seed = 9
        configuration.arrivalWindow = .seconds(300)
        return CrowdSimulation(engine: harness.engine, configuration: configuration)
    }

    @Test func runsEveryJourneyToItsEndAndStopsByItself() async throws {
        var engineConfiguration = EngineConfiguration()
        engineConfiguration.activeCapacity = 100
        let harness = try await CrowdHarness.make(configuration: engineConfiguration)
        defer { harness.remove() }
        let simulation = crowd(harness, buyers: 60)
        let runner = CrowdRunner(simulation: simulation, sleeper: SteppingClock(engineClock: harness.clock))
        runner.start()
        await runner.wait()
        #expect(!runner.isRunning)
        #expect(simulation.isFinished)
        #expect(runner.statistics.finishedBuyers == 60)
        #expect(runner.statistics.payments > 0)
        let database = try harness.openDatabase()
        let now = harness.clock.now()
        try await database.read { db in
            try InvariantChecks.expectAll(db, now: now)
            #expect(try InvariantChecks.confirmedSeats(db, buyerPrefix: "crowd-") == runner.statistics.seatsBought)
        }
    }

    @Test func stopsWhenToldAndCarriesOnWhenStartedAgain() async throws {
        let harness = try await CrowdHarness.make()
        defer { harness.remove() }
        let simulation = crowd(harness, buyers: 20)
        let runner = CrowdRunner(simulation: simulation, sleeper: SteppingClock(engineClock: harness.clock))
        runner.start()
        await runner.stopAndWait()
        #expect(!runner.isRunning)
        let actionsWhenStopped = simulation.statistics.actions
        for _ in 0..<20 { await Task.yield() }
        #expect(simulation.statistics.actions == actionsWhenStopped)
        runner.start()
        #expect(runner.isRunning)
        await runner.wait()
        #expect(simulation.isFinished)
        #expect(simulation.statistics.finishedBuyers == 20)
    }
}
