import BookingEngine
import BoxOfficeCrowd
import GRDB
import Testing

@Suite("A large crowd keeps every invariant of the engine")
struct CrowdInvariantTests {
    @Test func thousandsOfBuyersOverSimulatedHours() async throws {
        var engineConfiguration = EngineConfiguration()
        engineConfiguration.activeCapacity = 150
        let harness = try await CrowdHarness.make(configuration: engineConfiguration, extraCatalog: true)
        defer { harness.remove() }
        var configuration = CrowdConfiguration()
        configuration.buyers = 2_000
        configuration.seed = 2026
        configuration.arrivalWindow = .seconds(2 * 3_600)
        let simulation = CrowdSimulation(engine: harness.engine, configuration: configuration)
        let database = try harness.openDatabase()
        var mostActive = 0
        try await harness.run(simulation, for: .seconds(3 * 3_600)) { now in
            let active = try database.read { try InvariantChecks.liveActiveTokens($0, now: now) }
            mostActive = max(mostActive, active)
            #expect(active <= engineConfiguration.activeCapacity)
        }
        let statistics = simulation.statistics
        let end = harness.clock.now()
        try await database.read { db in
            try InvariantChecks.expectAll(db, now: end)
            #expect(try InvariantChecks.confirmedSeats(db, buyerPrefix: "crowd-") == statistics.seatsBought)
        }
        #expect(simulation.isFinished)
        #expect(statistics.joined >= configuration.buyers)
        #expect(statistics.seatsBought > 100)
        #expect(statistics.abandoned > 0)
        #expect(statistics.released > 0)
        #expect(statistics.topUps > 0)
        #expect(statistics.errors["SEAT_UNAVAILABLE", default: 0] > 0)
        #expect(mostActive == engineConfiguration.activeCapacity)
    }
}
