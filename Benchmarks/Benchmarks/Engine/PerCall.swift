import Benchmark
import BenchSupport

/// Per-call timing for the benchmarks that make one engine call at a time (B0, B1, B3, B8).
/// The harness starts a new task for every iteration of an async benchmark, which adds
/// about 25 µs to its wall clock, so these run a batch of calls per iteration in one task,
/// time every call alone with `ContinuousClock` and report only their own figures.
enum PerCall {
    /// Each call's duration, in nanoseconds.
    static let latency = BenchmarkMetric.custom("call (ns)", polarity: .prefersSmaller, useScalingFactor: false)
    /// A batch's calls divided by its wall time (all callers together when there are several).
    static let rate = BenchmarkMetric.custom("calls/s", polarity: .prefersLarger, useScalingFactor: false)

    /// The figures printed unscaled, `warmUpBatches` batches (not reported to the harness)
    /// and then up to `batches`.
    static func configuration(batches: Int, warmUpBatches: Int = 1, maxDuration: Duration) -> Benchmark.Configuration {
        .init(
            metrics: [latency, rate], units: [latency: .count, rate: .count], warmupIterations: warmUpBatches,
            maxDuration: maxDuration, maxIterations: batches)
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
    /// Runs one batch (`body` returns each call's duration) and, unless it is the warm-up,
    /// reports every call's duration and the calls per second of the batch's wall time, to
    /// the harness and to `log`. A warm-up batch's durations go to `warmUpLog` alone.
    func measureBatch(
        log: LatencyLog, warmUpLog: LatencyLog? = nil, _ body: () async throws -> [Duration]
    ) async rethrows {
        let clock = ContinuousClock()
        let started = clock.now
        let durations = try await body()
        let elapsed = clock.now - started
        guard currentIteration >= configuration.warmupIterations else {
            warmUpLog?.record(durations)
            return
        }
        for duration in durations {
            measurement(PerCall.latency, Int(duration / .nanoseconds(1)))
        }
        measurement(PerCall.rate, Int(Double(durations.count) / seconds(elapsed)))
        log.record(durations)
    }
}
