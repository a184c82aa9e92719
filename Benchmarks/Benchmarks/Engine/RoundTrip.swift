import Benchmark
import BenchSupport
import BookingEngine

/// B0: the floor under every engine call: one async call that reads one row
/// (`balance`), to tell fixed per-call cost from SQL work. One run of 50,000 calls, each
/// timed alone (`PerCall`); p99.9 goes to `latencies.txt` (`LatencyLog`).
func roundTripBenchmarks() {
    let database = SetupBox<BenchDatabase>()
    let log = LatencyLog()
    let calls = BenchSizes.pick(50_000, smoke: 2)
    Benchmark(
        "B0 one-row read (balance)",
        configuration: PerCall.configuration(),
        closure: { benchmark in
            let engine = database.value.engine
            try await benchmark.measureRun(log: log) {
                try await PerCall.time(0..<calls) { _ in blackHole(try await engine.balance(user: "nobody")) }
            }
        },
        setup: { database.set(try await BenchDatabase(name: "b0")) },
        teardown: {
            log.flush(label: "B0")
            database.set(nil)
        })
}
