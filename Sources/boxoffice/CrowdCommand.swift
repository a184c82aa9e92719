import ArgumentParser
import BookingEngine
import BoxOfficeUI
import BoxOfficeCrowd
import Foundation
import Logging

/// `boxoffice crowd`: a simulated crowd shopping in real time on a database, with the
/// engine's schedulers running, then a summary of what it did. Clients pointed at the
/// same file watch the crowd take seats; `boxoffice chaos` runs several at once.
struct CrowdCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crowd",
        abstract: about(.aboutCrowd),
        discussion: about(.aboutCrowdDetails))

    @OptionGroup var database: DatabaseOption
    @OptionGroup var engineOptions: EngineOptions

    @Option(help: ArgumentHelp(option(.crowdBuyers), valueName: "n")) var buyers: Int = 300
    @Option(help: ArgumentHelp(option(.crowdSeed), valueName: "n")) var seed: UInt64 = 1
    @Option(help: ArgumentHelp(option(.crowdFirstIndex), valueName: "k"))
    var firstIndex: Int = 0
    @Option(help: ArgumentHelp(option(.crowdSpeed), valueName: "x"))
    var speed: Double = 1
    @Option(help: ArgumentHelp(option(.crowdDuration), valueName: "duration"))
    var duration: DurationArgument?
    @Option(help: ArgumentHelp(option(.crowdNamePrefix), valueName: "prefix")) var namePrefix: String = "crowd"
    @Option(help: ArgumentHelp(
        option(.crowdClockOffset),
        visibility: .hidden)) var clockOffsetSeconds: Int64 = 0
    @Option(help: ArgumentHelp(option(.crowdProgressEvery), valueName: "duration"))
    var progressEvery: DurationArgument?

    mutating func validate() throws {
        guard (1...100_000).contains(buyers) else { throw ValidationError(say(.buyersRange, buyers)) }
        guard (0...10_000_000).contains(firstIndex) else { throw ValidationError(say(.firstIndexRange)) }
        guard speed.isFinite, (0.01...1000).contains(speed) else { throw ValidationError(say(.speedRange)) }
        do {
            _ = try BuyerName.validate(namePrefix + "-0000")
        } catch {
            throw ValidationError(say(.namePrefixProblem, CommandLanguage.current.message(for: error)))
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
        print(CrowdReport.summary(statistics, buyers: buyers, elapsed: ContinuousClock.now - started, in: CommandLanguage.current))
    }
}
