import BookingEngine
import BoxOfficeCrowd
import Foundation
import GRDB

/// A fresh engine on its own temporary database file with a manual clock, and a loop
/// that runs a crowd through simulated time while calling the scheduler jobs at their
/// intervals, as `EngineScheduler` would.
struct CrowdHarness {
    let path: String
    let clock: ManualClock
    let engine: BookingEngine

    /// A bigger concert than the demo catalog's, so that thousands of buyers find seats
    /// for a while before the sale is over.
    static let festivalCatalog = """
        venues:
          - name: Test Arena
            zone: Asia/Seoul
            stage: [0, 0, 3, 1]
            sections:
              - {name: VIP, grade: VIP, price: 150000, place: [1, 1], rows: 2 x 20}
              - {name: R, grade: R, price: 100000, place: [0, 1], rows: 4 x 20}
              - {name: S, grade: S, price: 60000, place: [2, 1], rows: 4 x 20}
        concerts:
          - title: Crowd Festival
            venue: Test Arena
            dates: [{at: +5d 19:00}, {at: +6d 19:00}, {at: +7d 19:00}, {at: +8d 19:00}]
        """

    static func make(configuration: EngineConfiguration = EngineConfiguration(), extraCatalog: Bool = false) async throws -> CrowdHarness {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("crowd-\(UUID().uuidString).sqlite").path
        let clock = ManualClock()
        let engine = try await BookingEngine.open(path: path, policy: PolicyRequest(everything: configuration), clock: clock)
        if extraCatalog { try await engine.loadCatalog(text: festivalCatalog) }
        return CrowdHarness(path: path, clock: clock, engine: engine)
    }

    /// Runs `simulation` for `duration` of simulated time in steps of `step`, running each
    /// scheduler job whenever its interval has passed, and calling `afterStep` after each step.
    func run(
        _ simulation: CrowdSimulation,
        for duration: Duration,
        step: Duration = .seconds(5),
        afterStep: (Timestamp) throws -> Void = { _ in }
    ) async throws {
        let end = clock.now() + duration
        let config = engine.configuration
        var nextAdmission = clock.now() + config.admissionInterval
        var nextTokenSweep = clock.now() + config.tokenSweepInterval
        var nextHoldSweep = clock.now() + config.holdSweepInterval
        while clock.now() < end {
            await simulation.step(until: min(clock.now() + step, end), clock: clock)
            let now = clock.now()
            if now >= nextAdmission {
                try await engine.runAdmission()
                nextAdmission = nextAdmission + config.admissionInterval
            }
            if now >= nextTokenSweep {
                try await engine.sweepExpiredTokens()
                nextTokenSweep = nextTokenSweep + config.tokenSweepInterval
            }
            if now >= nextHoldSweep {
                try await engine.releaseExpiredHolds()
                nextHoldSweep = nextHoldSweep + config.holdSweepInterval
            }
            try afterStep(now)
        }
    }

    /// A read connection to the engine's file, for checking invariants in SQL.
    func openDatabase() throws -> DatabaseQueue {
        try DatabaseQueue(path: path)
    }

    /// Removes the database files.
    func remove() {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
