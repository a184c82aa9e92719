import ArgumentParser
import BookingEngine
import BoxOfficeUI

/// The policy asked for: the timings and capacity of a new database. An existing database
/// keeps its own policy, and a different value is refused (see `PolicyRequest`); change it
/// for everyone with `boxoffice config set`.
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

    /// The settings these options ask for, on top of `base`.
    func policyRequest(base: PolicyRequest = PolicyRequest()) -> PolicyRequest {
        var request = base
        if let activeLimit { request.values[.activeLimit] = Int64(activeLimit) }
        if let admitEvery { request.values[.admitEvery] = admitEvery.duration.wholeMilliseconds }
        if let holdFor { request.values[.holdFor] = holdFor.duration.wholeMilliseconds }
        if let activeTtl { request.values[.activeTTL] = activeTtl.duration.wholeMilliseconds }
        if let waitingTtl { request.values[.waitingTTL] = waitingTtl.duration.wholeMilliseconds }
        if let sweepEvery { request.values[.sweepEvery] = sweepEvery.duration.wholeMilliseconds }
        if let tokenSweepEvery { request.values[.tokenSweepEvery] = tokenSweepEvery.duration.wholeMilliseconds }
        return request
    }

    mutating func validate() throws {
        if let activeLimit, !(1...100_000).contains(activeLimit) {
            throw ValidationError(say(.activeLimitRange, activeLimit))
        }
        if let problem = policyRequest().policy.problems.first { throw ValidationError(say(.timingsUnusable, problem)) }
    }
}
