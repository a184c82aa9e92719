import BookingEngine
import BoxOfficeUI
import BoxOfficeCrowd
import Foundation

/// `--demo`: the demo database, quick timings, and a simulated crowd on the engine.
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

    /// The crowd of a demo: `buyers` buyers, a third of whom rush in as the sale opens.
    static func crowd(buyers: Int, seed: UInt64) -> CrowdConfiguration {
        var crowd = CrowdConfiguration()
        crowd.buyers = buyers
        crowd.seed = seed
        crowd.speed = 4
        return crowd
    }

    /// Starts the crowd and waits (at most `limit`) until a line has formed, so the buyer at
    /// the keyboard joins behind people rather than walking straight in. Returns why no line
    /// was waited for: none can form that soon, or none formed in time.
    static func gatherCrowd(_ runner: CrowdRunner, engine: BookingEngine, limit: Duration = .seconds(10)) async -> String? {
        runner.start()
        let crowd = runner.simulation.configuration
        let capacity = engine.configuration.activeCapacity
        let early = crowd.arrivals(within: limit)
        guard early > capacity else {
            return say(.demoNoLine, limit.components.seconds, early, crowd.buyers, capacity)
        }
        let wanted = min(20, early - capacity)
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        var waiting = 0
        while clock.now < deadline {
            waiting = (try? await engine.snapshot().waiting) ?? waiting
            if waiting >= wanted { return nil }
            try? await Task.sleep(for: .milliseconds(250))
        }
        return say(.demoOpeningAnyway, limit.components.seconds, waiting)
    }

    /// Crowd behaviour the engine's own event log cannot see (its calls are logged already):
    /// walking away from holds, giving up in line, leaving empty-handed, as a note for the
    /// inspector's events that a reader words in its own language; nil for anything else.
    static func note(for event: CrowdEvent) -> EngineEvent.Detail? {
        switch event.kind {
        case .abandoned(let seats): .walkedAway(buyer: event.buyer, seats: seats)
        case .gaveUp(let position): .gaveUpWaiting(buyer: event.buyer, position: position)
        case .foundNothing: .leftEmptyHanded(buyer: event.buyer)
        default: nil
        }
    }
}
