import Benchmark
import BenchSupport
import BookingEngine
import Synchronization

/// B1: one token issued per transaction, for a new buyer each time, on a line that grows
/// (30 admitted at once, everyone after waits), with the product's default settings; by
/// one caller, and by 8 callers at once (their calls/s together is tokens issued per second).
func tokenIssueBenchmarks() {
    tokenIssueBenchmark("B1 token issue", callers: 1)
    tokenIssueBenchmark("B1 token issue, 8 callers", callers: 8)
}

/// `callers` tasks at once, each issuing its share of 1,000 tokens per batch. Every call is
/// timed alone inside the batch (`PerCall`), so the harness's per-iteration task is not in
/// the figures; p99.9 goes to `latencies.txt` (`LatencyLog`).
private func tokenIssueBenchmark(_ name: String, callers: Int) {
    let database = SetupBox<BenchDatabase>()
    let counter = Atomic<Int>(0)
    let log = LatencyLog()
    let callsPerCaller = BenchSizes.pick(1_000 / callers, smoke: 2)
    Benchmark(
        name,
        configuration: PerCall.configuration(batches: BenchSizes.pick(50, smoke: 1), maxDuration: .seconds(10)),
        closure: { benchmark in
            let engine = database.value.engine
            let issue = { @Sendable (_: Int) async throws in
                let index = counter.wrappingAdd(1, ordering: .relaxed).newValue
                blackHole(try await engine.issueToken(user: "buyer\(index)"))
            }
            try await benchmark.measureBatch(log: log) {
                try await withThrowingTaskGroup(of: [Duration].self) { group in
                    for _ in 0..<callers {
                        group.addTask { try await PerCall.time(0..<callsPerCaller, issue) }
                    }
                    return try await group.reduce([], +)
                }
            }
        },
        setup: { database.set(try await BenchDatabase(name: "b1", configuration: .bench())) },
        teardown: {
            log.flush(label: name)
            database.set(nil)
        })
}
