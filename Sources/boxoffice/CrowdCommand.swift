import ArgumentParser
import BookingEngine
import BoxOfficeCrowd
import Foundation
import Logging

/// `boxoffice crowd`: a simulated crowd shopping in real time on a database, with the
/// engine's schedulers running, then a summary of what it did. Clients pointed at the
/// same file watch the crowd take seats; `boxoffice chaos` runs several at once.
struct CrowdCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crowd",
        abstract: "Run a simulated crowd of buyers on a database in real time, then print what it did.",
        discussion: """
            The crowd joins the line, browses, holds, tops up, pays, abandons and comes back like \
            people do, through the engine's public calls, while this process also runs the schedulers. \
            It stops when every buyer is done or after --duration. Same seed, same crowd.
            """)

    @OptionGroup var database: DatabaseOption
    @OptionGroup var engineOptions: EngineOptions

    @Option(help: ArgumentHelp("How many buyers.", valueName: "n")) var buyers: Int = 300
    @Option(help: ArgumentHelp("The seed of every random decision.", valueName: "n")) var seed: UInt64 = 1
    @Option(help: ArgumentHelp("The index of the first buyer; give parallel crowds disjoint ranges.", valueName: "k"))
    var firstIndex: Int = 0
    @Option(help: ArgumentHelp("Buyers act this many times faster than people (arrivals, thinking, polling).", valueName: "x"))
    var speed: Double = 1
    @Option(help: ArgumentHelp("Stop after this long (default: when every buyer is done).", valueName: "duration"))
    var duration: DurationArgument?
    @Option(help: ArgumentHelp("Buyer names are PREFIX-NNNN.", valueName: "prefix")) var namePrefix: String = "crowd"
    @Option(help: ArgumentHelp(
        "Run as if this process's clock were off by this many seconds, ahead or (negative) behind, for chaos runs.",
        visibility: .hidden)) var clockOffsetSeconds: Int64 = 0
    @Option(help: ArgumentHelp("Also print a progress line this often (for scripts).", valueName: "duration"))
    var progressEvery: DurationArgument?

    mutating func validate() throws {
        guard (1...100_000).contains(buyers) else { throw ValidationError("--buyers must be between 1 and 100000 (got \(buyers)).") }
        guard (0...10_000_000).contains(firstIndex) else { throw ValidationError("--first-index must be between 0 and 10000000.") }
        guard speed.isFinite, (0.01...1000).contains(speed) else { throw ValidationError("--speed must be between 0.01 and 1000.") }
        do {
            _ = try BuyerName.validate(namePrefix + "-0000")
        } catch {
            throw ValidationError("--name-prefix: \(error.message)")
        }
    }

    func run() async throws {
        let logger = Logger(label: "boxoffice.crowd")
        let clock: any EngineClock = clockOffsetSeconds == 0 ? SystemClock() : OffsetClock(offset: .seconds(clockOffsetSeconds))
        let engine = try await CommandSupport.openEngine(database, policy: engineOptions.policyRequest(), for: "crowd", clock: clock)
        logger.info("crowd of \(buyers) (seed \(seed), first index \(firstIndex)) on \(DatabaseTarget.shown(database.path)), \(engine.storageDescription ?? "unknown storage")")
        var crowd = CrowdConfiguration()
        crowd.buyers = buyers
        crowd.seed = seed
        crowd.firstIndex = firstIndex
        crowd.speed = speed
        crowd.namePrefix = namePrefix
        let runner = CrowdRunner(simulation: CrowdSimulation(engine: engine, configuration: crowd))
        let scheduler = EngineScheduler(engine: engine)
        let warning = SharedFileWarning(engine: engine, logger: logger)
        scheduler.start()
        runner.start()
        let started = ContinuousClock.now
        let deadline = duration.map { started + $0.duration }
        var nextProgress = progressEvery.map { started + $0.duration }
        while runner.isRunning, deadline.map({ ContinuousClock.now < $0 }) ?? true {
            try? await Task.sleep(for: .milliseconds(200))
            await warning.check()
            if let due = nextProgress, ContinuousClock.now >= due, let every = progressEvery?.duration {
                CrowdReport.printProgress(runner.statistics)
                nextProgress = due + every
            }
        }
        await runner.stopAndWait()
        scheduler.stop()
        let statistics = runner.statistics
        logger.info("crowd done: \(statistics.actions) engine calls, \(statistics.payments) payments")
        print(CrowdReport.summary(statistics, buyers: buyers, elapsed: ContinuousClock.now - started))
    }
}
