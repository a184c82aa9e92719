import BookingEngine
import BoxOfficeCrowd
import Foundation

/// `--demo`: a fresh demo database, quick timings, and a simulated crowd on the engine.
enum DemoMode {
    /// Quick timings so a demo moves: admission every 10 s, holds of 60 s, 3 min of shopping.
    static var configuration: EngineConfiguration {
        var configuration = EngineConfiguration()
        configuration.admissionInterval = .seconds(10)
        configuration.holdDuration = .seconds(60)
        configuration.holdSweepInterval = .seconds(10)
        configuration.activeTokenLifetime = .seconds(180)
        configuration.waitingTokenLifetime = .seconds(60)
        configuration.tokenSweepInterval = .seconds(30)
        return configuration
    }

    /// `demo.sqlite` beside the default database.
    static var databasePath: String {
        (DatabaseLocation.defaultPath() as NSString).deletingLastPathComponent + "/demo.sqlite"
    }

    /// Removes the demo database left by an earlier demo, so each demo starts fresh.
    static func removeDatabase(at path: String) throws {
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            try FileManager.default.removeItem(atPath: file)
        }
    }

    /// The crowd of a demo: `buyers` buyers, a third of whom rush in as the sale opens.
    static func crowd(buyers: Int, seed: UInt64) -> CrowdConfiguration {
        var crowd = CrowdConfiguration()
        crowd.buyers = buyers
        crowd.seed = seed
        crowd.speed = 4
        return crowd
    }

    /// Starts the crowd and waits (at most `limit`) until the line has formed, so the
    /// buyer at the keyboard joins behind people rather than walking straight in.
    static func gatherCrowd(_ runner: CrowdRunner, engine: BookingEngine, limit: Duration = .seconds(10)) async {
        runner.start()
        let wanted = min(20, max(1, runner.simulation.configuration.buyers / 4))
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        while clock.now < deadline {
            if let snapshot = try? await engine.snapshot(), snapshot.waiting >= wanted { return }
            try? await Task.sleep(for: .milliseconds(250))
        }
    }

    /// Crowd behaviour the engine's own event log cannot see (its calls are logged already):
    /// walking away from holds, giving up in line, leaving empty-handed.
    static func isWorthNoting(_ event: CrowdEvent) -> Bool {
        switch event.kind {
        case .abandoned, .gaveUp, .foundNothing: true
        default: false
        }
    }
}
