import Benchmark
import BenchSupport
import BookingEngine
import Synchronization

/// B1: one token issued per transaction, for a new buyer each time, on a line that grows
/// (30 admitted at once, everyone after waits), with the product's default settings.
func tokenIssueBenchmarks() {
    let database = SetupBox<BenchDatabase>()
    let counter = Atomic<Int>(0)
    Benchmark(
        "B1 token issue",
        configuration: .init(
            metrics: [.wallClock, .throughput], timeUnits: .microseconds, warmupIterations: 10,
            maxDuration: .seconds(10), maxIterations: BenchSizes.pick(50_000, smoke: 1)),
        closure: { benchmark in
            let engine = database.value.engine
            for _ in benchmark.scaledIterations {
                let index = counter.wrappingAdd(1, ordering: .relaxed).newValue
                blackHole(try await engine.issueToken(user: "buyer\(index)"))
            }
        },
        setup: { database.set(try await BenchDatabase(name: "b1", configuration: .bench())) },
        teardown: { database.set(nil) })
}
