import ArgumentParser
import BookingEngine
import BoxOfficeUI
import Foundation

/// `boxoffice tick`: runs the three scheduler jobs once, now.
struct TickCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick",
        abstract: about(.aboutTick),
        discussion: about(.aboutTickDetails))

    @OptionGroup var database: DatabaseOption
    @OptionGroup var engineOptions: EngineOptions
    @Option(help: ArgumentHelp(option(.tickAdvance), valueName: "duration"))
    var advance: DurationArgument?
    @Flag(help: ArgumentHelp(option(.printResultJSON))) var json = false

    struct Result: Codable {
        let admitted: Int
        let tokensExpired: Int
        let holdsReleased: Int
        let now: Int64
    }

    func run() async throws {
        let engine = try await CommandSupport.openEngine(database, policy: engineOptions.policyRequest(), for: "tick")
        if let advance {
            do { try await engine.advanceClock(by: advance.duration) } catch { throw CommandFailure(error) }
        }
        let scheduler = EngineScheduler(engine: engine)
        let admitted: Int, tokens: Int, holds: Int
        do {
            admitted = try await scheduler.runNow(.admission).affected
            tokens = try await scheduler.runNow(.tokenExpiry).affected
            holds = try await scheduler.runNow(.holdExpiry).affected
        } catch {
            throw CommandFailure(error)
        }
        let result = Result(admitted: admitted, tokensExpired: tokens, holdsReleased: holds, now: engine.now().milliseconds)
        if json {
            try CommandSupport.printJSON(result)
        } else {
            print(say(.ticked, admitted, tokens, holds))
        }
    }
}
