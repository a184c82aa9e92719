import BookingEngine
import BoxOfficeCrowd
import Testing

@Suite("A seeded crowd replays the same decisions")
struct CrowdReproducibilityTests {
    private func run(seed: UInt64) async throws -> (log: [String], statistics: CrowdStatistics) {
        let harness = try await CrowdHarness.make()
        defer { harness.remove() }
        var configuration = CrowdConfiguration()
        configuration.buyers = 120
        configuration.seed = seed
        configuration.arrivalWindow = .seconds(600)
        let log = EventLog()
        let simulation = CrowdSimulation(engine: harness.engine, configuration: configuration, onEvent: log.record)
        try await harness.run(simulation, for: .seconds(2_400))
        return (log.all, simulation.statistics)
    }

    @Test func sameSeedOnTwoFreshDatabasesGivesTheSameRun() async throws {
        let first = try await run(seed: 42)
        let second = try await run(seed: 42)
        #expect(first.log.count > 300)
        #expect(first.log == second.log)
        #expect(first.statistics == second.statistics)
        #expect(first.statistics.payments > 0)
    }

    @Test func differentSeedsGiveDifferentRuns() async throws {
        let first = try await run(seed: 42)
        let other = try await run(seed: 43)
        #expect(first.log != other.log)
        #expect(first.statistics != other.statistics)
    }

    @Test func buyerStreamsDependOnlyOnSeedAndIndex() {
        var a = CrowdRandom(seed: 7, stream: 12)
        var b = CrowdRandom(seed: 7, stream: 12)
        var neighbour = CrowdRandom(seed: 7, stream: 13)
        var otherSeed = CrowdRandom(seed: 8, stream: 12)
        let draws = (0..<8).map { _ in a.next() }
        #expect(draws == (0..<8).map { _ in b.next() })
        #expect(draws != (0..<8).map { _ in neighbour.next() })
        #expect(draws != (0..<8).map { _ in otherSeed.next() })
    }

    @Test func buyersAreNamedAndSeededByTheirIndexAcrossProcesses() async throws {
        let harness = try await CrowdHarness.make()
        defer { harness.remove() }
        var configuration = CrowdConfiguration()
        configuration.buyers = 3
        configuration.firstIndex = 42
        configuration.arrivalWindow = .seconds(1)
        let log = EventLog()
        let simulation = CrowdSimulation(engine: harness.engine, configuration: configuration, onEvent: log.record)
        await simulation.step(until: harness.clock.now() + .seconds(2), clock: harness.clock)
        let names = Set(log.all.compactMap { $0.split(separator: " ").dropFirst().first.map(String.init) })
        #expect(names == ["crowd-0042", "crowd-0043", "crowd-0044"])
    }
}
