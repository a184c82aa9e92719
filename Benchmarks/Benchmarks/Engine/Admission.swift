import Benchmark
import BenchSupport
import BookingEngine

/// B4: one admission run with 1M waiting, admitting 30 (the default capacity) and 2,000
/// (the capacity set to 2,000 by the operator's call, `setPolicy`, on a copy of the same
/// line). The line is made through the engine (`LineFill`) with a waiting lifetime of a
/// day, so that nobody lapses while the clock moves; it has nobody lapsed and the first 30
/// admitted at once. Before each run the clock moves past the shopping time of the buyers
/// admitted before, so that every run finds exactly a capacity of room. Every run is
/// measured, the first included; each stops measuring before its check.
func admissionBenchmarks() {
    let waiting = BenchSizes.pick(1_000_000, smoke: 5_000)
    for capacity in [30, 2_000] {
        let prepared = SetupBox<(line: PreparedLine, clock: ManualClock)>()
        Benchmark(
            "B4 admission of \(capacity) with \(waiting) waiting",
            configuration: .init(
                metrics: [.wallClock], timeUnits: .microseconds, warmupIterations: 0,
                maxDuration: .seconds(60), maxIterations: BenchSizes.pick(100, smoke: 1)),
            closure: { benchmark in
                let (line, clock) = prepared.value
                clock.advance(by: line.fill.policy.activeTokenLifetime)
                benchmark.startMeasurement()
                let admitted = try await line.database.engine.runAdmission()
                benchmark.stopMeasurement()
                try check(admitted == capacity, "admitted \(admitted), expected \(capacity)")
            },
            setup: {
                var policy = EngineConfiguration.bench()
                policy.waitingTokenLifetime = .seconds(86_400)
                let fill = LineFill(size: waiting, lapseEvery: nil, policy: policy)
                let clock = ManualClock(start: fill.readyAt)
                let line = try await PreparedLine(fill, name: "b4-\(capacity)", clock: clock)
                if capacity != policy.activeCapacity {
                    _ = try await line.database.engine.setPolicy(.activeLimit, to: Int64(capacity))
                }
                prepared.set((line, clock))
            },
            teardown: { prepared.set(nil) })
    }
}
