import Benchmark
import BenchSupport
import BookingEngine

/// B0: the floor under every engine call: one async call that reads one row
/// (`balance`) on a snapshot of the pool, to tell fixed per-call cost from SQL work.
func roundTripBenchmarks() {
    let database = SetupBox<BenchDatabase>()
    Benchmark(
        "B0 one-row read (balance)",
        configuration: .init(
            metrics: [.wallClock, .throughput], timeUnits: .microseconds, warmupIterations: 100,
            maxDuration: .seconds(5), maxIterations: BenchSizes.pick(50_000, smoke: 1)),
        closure: { benchmark in
            let engine = database.value.engine
            for _ in benchmark.scaledIterations {
                blackHole(try await engine.balance(user: "nobody"))
            }
        },
        setup: { database.set(try await BenchDatabase(name: "b0", configuration: .bench())) },
        teardown: { database.set(nil) })
}
