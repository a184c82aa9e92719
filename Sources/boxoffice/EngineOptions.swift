import ArgumentParser
import BookingEngine
import BoxOfficeUI

/// The policy asked for: the timings and capacity of a new database. An existing database
/// keeps its own policy, and a different value is refused (see `PolicyRequest`); change it
/// for everyone with `boxoffice config set`.
struct EngineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(option(.activeLimit), valueName: "n"))
    var activeLimit: Int?

    @Option(name: .long, help: ArgumentHelp(option(.admitEvery), valueName: "duration"))
    var admitEvery: DurationArgument?

    @Option(name: .long, help: ArgumentHelp(option(.holdFor), valueName: "duration"))
    var holdFor: DurationArgument?

    @Option(name: .long, help: ArgumentHelp(option(.activeTtl), valueName: "duration"))
    var activeTtl: DurationArgument?

    @Option(name: .long, help: ArgumentHelp(option(.waitingTtl), valueName: "duration"))
    var waitingTtl: DurationArgument?

    @Option(name: .long, help: ArgumentHelp(option(.sweepEvery), valueName: "duration"))
    var sweepEvery: DurationArgument?

    @Option(name: .long, help: ArgumentHelp(option(.tokenSweepEvery), valueName: "duration"))
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
        if let problem = policyRequest().policy.problems.first { throw ValidationError(say(.timingsUnusable, CommandLanguage.current.phrase(for: problem))) }
    }
}
