import BookingEngine
import BoxOfficeCrowd
import Testing

/// `CrowdConfiguration.arrivals(within:)`: what `--demo` uses to decide whether a line can form.
@Suite struct CrowdArrivalsTests {
    @Test func countsExactlyTheBuyersTheSimulationBringsIn() async throws {
        var engineConfiguration = EngineConfiguration()
        engineConfiguration.activeCapacity = 1_000
        let harness = try await CrowdHarness.make(configuration: engineConfiguration)
        defer { harness.remove() }
        var crowd = CrowdConfiguration()
        crowd.buyers = 120
        crowd.seed = 5
        crowd.speed = 4
        let simulation = CrowdSimulation(engine: harness.engine, configuration: crowd)
        await simulation.step(until: harness.clock.now() + .seconds(10), clock: harness.clock)
        let arrived = simulation.statistics.joined
        #expect(arrived == crowd.arrivals(within: .seconds(10)))
        #expect(arrived > 0 && arrived < crowd.buyers)
    }

    @Test func aSmallCrowdFitsTheShoppingPlacesAndALargeOneDoesNot() {
        var crowd = CrowdConfiguration()
        crowd.speed = 4
        crowd.buyers = 10
        #expect(crowd.arrivals(within: .seconds(10)) <= 30)
        crowd.buyers = 300
        #expect(crowd.arrivals(within: .seconds(10)) > 30)
        #expect(crowd.arrivals(within: .seconds(3600)) == 300)
    }
}
