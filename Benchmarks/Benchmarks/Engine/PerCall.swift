import Benchmark
import BenchSupport

/// Per-call timing for the benchmarks that make one engine call at a time (B0, B1, B3,
/// B8). A run is one iteration of the harness, all its calls made in one task: the
/// harness starts a new task for every iteration, which would add its own cost to every
/// figure. Every call is timed alone with `ContinuousClock`; the rate is all calls
/// divided by the wall time of the whole run, first call included.
enum PerCall {
    /// Each call's duration, in nanoseconds.
    static let latency = BenchmarkMetric.custom("call (ns)", polarity: .prefersSmaller, useScalingFactor: false)
    /// The run's calls divided by its wall time (all callers together when there are several).
    static let rate = BenchmarkMetric.custom("calls/s", polarity: .prefersLarger, useScalingFactor: false)

    /// One run, no warm-up, the figures printed unscaled.
    static func configuration(maxDuration: Duration = .seconds(600)) -> Benchmark.Configuration {
        .init(
            metrics: [latency, rate], units: [latency: .count, rate: .count], warmupIterations: 0,
            maxDuration: maxDuration, maxIterations: 1)
    }

    /// Runs `call` on each of `inputs` in turn, in the calling task, and returns how long
    /// each call took.
    static func time<Inputs: Collection>(
        _ inputs: Inputs, _ call: (Inputs.Element) async throws -> Void
    ) async rethrows -> [Duration] {
        let clock = ContinuousClock()
        var durations: [Duration] = []
        durations.reserveCapacity(inputs.count)
        for input in inputs {
            let started = clock.now
            try await call(input)
            durations.append(clock.now - started)
        }
        return durations
    }
}

extension Benchmark {
    /// Runs `body` (which returns each call's duration) as the whole measured run, and
    /// reports every call's duration and the calls per second of the run's wall time to
    /// the harness and to `log`. Returns the durations, in the order `body` gave them.
    @discardableResult
    func measureRun(log: LatencyLog, _ body: () async throws -> [Duration]) async rethrows -> [Duration] {
        let clock = ContinuousClock()
        let started = clock.now
        let durations = try await body()
        let elapsed = clock.now - started
        for duration in durations {
            measurement(PerCall.latency, Int(duration / .nanoseconds(1)))
        }
        measurement(PerCall.rate, Int(Double(durations.count) / seconds(elapsed)))
        log.record(durations)
        log.note(rate: Double(durations.count) / seconds(elapsed))
        return durations
    }
}
