import BookingEngine
import Foundation
import Testing
@testable import BoxOfficeUI

/// The inspector's effects against a real engine on a fresh SQLite file.
@Suite("Inspector effects on a real engine")
struct InspectorEffectRunnerTests {
    static func configuration() -> EngineConfiguration {
        var configuration = EngineConfiguration()
        configuration.activeCapacity = 1
        configuration.activeTokenLifetime = .seconds(60)
        return configuration
    }

    @Test func runningAdmissionNowChangesTheFiguresAndIsLogged() async throws {
        let clock = ManualClock()
        let engine = try await EffectRunnerTests.makeEngine(clock: clock, configuration: Self.configuration())
        let runner = EffectRunner(engine: engine)
        _ = try await engine.issueToken(user: "alice")
        _ = try await engine.issueToken(user: "bob")
        guard case .inspectorLoaded(let before) = await runner.run(.loadInspector) else { Issue.record("no report"); return }
        #expect(before.snapshot.waiting == 1 && before.snapshot.active == 1)
        #expect(before.nextRuns == nil, "no scheduler: no next-run times")
        #expect(!before.isQAMode)

        clock.advance(by: .seconds(61))
        #expect(await runner.run(.runJob(.admission)) == .jobRan(.admission, affected: 1))
        guard case .inspectorLoaded(let after) = await runner.run(.loadInspector) else { Issue.record("no report"); return }
        #expect(after.snapshot.waiting == 0 && after.snapshot.active == 1)
        #expect(after.events.first?.text == "Admitted 1 from the line")
    }

    @Test func aSchedulerGivesNextRunsAndRunsTheJobs() async throws {
        let clock = ManualClock()
        let engine = try await EffectRunnerTests.makeEngine(clock: clock)
        let scheduler = EngineScheduler(engine: engine)
        let runner = EffectRunner(engine: engine, scheduler: scheduler)
        guard case .inspectorLoaded(let stopped) = await runner.run(.loadInspector) else { Issue.record("no report"); return }
        #expect(stopped.nextRuns == [:], "a stopped scheduler has nothing planned")
        #expect(await runner.run(.runJob(.holdExpiry)) == .jobRan(.holdExpiry, affected: 0))
    }

    @Test func movingTheClockOfAnOrdinaryDatabaseFailsWithTheQAMessage() async throws {
        let engine = try await EffectRunnerTests.makeEngine(clock: ManualClock())
        let action = await EffectRunner(engine: engine).run(.advanceClock(.seconds(60)))
        #expect(action == .engineFailed(.advancingClock, InspectorPanel.notQAMode))
        var state = Fixture.onConcerts()
        _ = reduce(&state, action)
        #expect(state.status?.text == "This database is not in QA mode; start with --qa on a new database.")
    }

    @Test func aQADatabasesClockMovesForward() async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "boxoffice-ui-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let engine = try await BookingEngine.open(path: folder.appending(path: "qa.sqlite").path, qaMode: true,
                                                  catalog: nil)
        let runner = EffectRunner(engine: engine)
        let before = engine.now()
        guard case .clockAdvanced(let duration, let now) = await runner.run(.advanceClock(.seconds(300))) else {
            Issue.record("the clock did not move")
            return
        }
        #expect(duration == .seconds(300))
        #expect(now >= before + .seconds(300))
        #expect(engine.now() >= before + .seconds(300))
        guard case .inspectorLoaded(let report) = await runner.run(.loadInspector) else { Issue.record("no report"); return }
        #expect(report.qaClockOffset == .seconds(300))
        #expect(report.events.first?.text == "Clock moved forward 5 min")
    }
}
