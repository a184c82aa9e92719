import Benchmark
import BenchSupport
import BookingEngine

/// B4: one admission run with 1M waiting, admitting 30 (the default capacity) and 2,000.
/// Each iteration times one run and stops measuring before its check; then the clock moves
/// past the shopping time so that the batch's places are free again for the next run.
/// Waiters are given a long lifetime so none lapses meanwhile. One sample per run: the
/// measurement is stopped once, so the harness's own stop adds no empty sample.
func admissionBenchmarks() {
    let waiting = BenchSizes.pick(1_000_000, smoke: 5_000)
    for capacity in [30, 2_000] {
        let prepared = SetupBox<PreparedLine>()
        Benchmark(
            "B4 admission of \(capacity) with \(waiting) waiting",
            configuration: .init(
                metrics: [.wallClock], timeUnits: .microseconds, warmupIterations: 1,
                maxDuration: .seconds(10), maxIterations: BenchSizes.pick(100, smoke: 1)),
            closure: { benchmark in
                let line = prepared.value
                let admitted = try await line.database.engine.runAdmission()
                benchmark.stopMeasurement()
                try check(admitted == capacity, "admitted \(admitted), expected \(capacity)")
                line.clock.advance(by: line.database.engine.configuration.activeTokenLifetime)
            },
            setup: {
                prepared.set(try await PreparedLine(
                    waiting: waiting, lapsedEvery: nil, capacity: capacity, waitingLifetime: .seconds(30 * 86_400)))
            },
            teardown: { prepared.set(nil) })
    }
}
