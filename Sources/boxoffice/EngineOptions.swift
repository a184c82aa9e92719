import ArgumentParser
import BookingEngine

/// The engine's timings and capacity, for the commands that run the schedulers.
struct EngineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("How many buyers may shop at once (default 30).", valueName: "n"))
    var activeLimit: Int?

    @Option(name: .long, help: ArgumentHelp("How often waiting buyers are admitted (default 60s).", valueName: "duration"))
    var admitEvery: DurationArgument?

    @Option(name: .long, help: ArgumentHelp("How long a hold keeps seats before they are released (default 5m).", valueName: "duration"))
    var holdFor: DurationArgument?

    @Option(name: .long, help: ArgumentHelp("Shopping time after admission (default 10m).", valueName: "duration"))
    var activeTtl: DurationArgument?

    @Option(name: .long, help: ArgumentHelp("How long a waiting place lasts without a position check (default 2m).", valueName: "duration"))
    var waitingTtl: DurationArgument?

    @Option(name: .long, help: ArgumentHelp("How often expired holds are released (default 60s).", valueName: "duration"))
    var sweepEvery: DurationArgument?

    @Option(name: .long, help: ArgumentHelp("How often expired places in line are deleted (default 5m).", valueName: "duration"))
    var tokenSweepEvery: DurationArgument?

    /// The configuration these options describe, on top of `base`.
    func configuration(base: EngineConfiguration = EngineConfiguration()) -> EngineConfiguration {
        var configuration = base
        if let activeLimit { configuration.activeCapacity = activeLimit }
        if let admitEvery { configuration.admissionInterval = admitEvery.duration }
        if let holdFor { configuration.holdDuration = holdFor.duration }
        if let activeTtl { configuration.activeTokenLifetime = activeTtl.duration }
        if let waitingTtl { configuration.waitingTokenLifetime = waitingTtl.duration }
        if let sweepEvery { configuration.holdSweepInterval = sweepEvery.duration }
        if let tokenSweepEvery { configuration.tokenSweepInterval = tokenSweepEvery.duration }
        return configuration
    }

    mutating func validate() throws {
        if let activeLimit, !(1...100_000).contains(activeLimit) {
            throw ValidationError("--active-limit must be between 1 and 100000 (got \(activeLimit)).")
        }
        if let problem = configuration().problems.first { throw ValidationError("The timings are not usable: \(problem).") }
    }
}
