import Benchmark
import BenchSupport
import BookingEngine

/// B0: the floor under every engine call: one async call that reads one row
/// (`balance`) on a snapshot of the pool, to tell fixed per-call cost from SQL work.
/// Timed per call inside batches of 1,000 in one task (`PerCall`), so the harness's
/// per-iteration task is not in the figures; p99.9 goes to `latencies.txt` (`LatencyLog`).
func roundTripBenchmarks() {
    let database = SetupBox<BenchDatabase>()
    let log = LatencyLog()
    let batch = BenchSizes.pick(1_000, smoke: 2)
    Benchmark(
        "B0 one-row read (balance)",
        configuration: PerCall.configuration(batches: BenchSizes.pick(50, smoke: 1), maxDuration: .seconds(5)),
        closure: { benchmark in
            let engine = database.value.engine
            try await benchmark.measureBatch(log: log) {
                try await PerCall.time(0..<batch) { _ in blackHole(try await engine.balance(user: "nobody")) }
            }
        },
        setup: { database.set(try await BenchDatabase(name: "b0", configuration: .bench())) },
        teardown: {
            log.flush(label: "B0")
            database.set(nil)
        })
}
