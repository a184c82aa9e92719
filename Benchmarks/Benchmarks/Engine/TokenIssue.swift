import Benchmark
import BenchSupport
import BookingEngine
import Synchronization

/// B1: one token issued per transaction, for a new buyer each time, on a line that grows
/// (30 admitted at once, everyone after waits), with the product's default policy; by
/// one caller, and by 8 callers at once (their calls together over the run's wall time is
/// tokens issued per second).
func tokenIssueBenchmarks() {
    tokenIssueBenchmark("B1 token issue", callers: 1)
    tokenIssueBenchmark("B1 token issue, 8 callers", callers: 8)
}

/// `callers` tasks at once, each issuing its share of 50,000 tokens in one run. Every call
/// is timed alone (`PerCall`); p99.9 goes to `latencies.txt` (`LatencyLog`).
private func tokenIssueBenchmark(_ name: String, callers: Int) {
    let database = SetupBox<BenchDatabase>()
    let counter = Atomic<Int>(0)
    let log = LatencyLog()
    let callsPerCaller = BenchSizes.pick(50_000 / callers, smoke: 2)
    Benchmark(
        name,
        configuration: PerCall.configuration(),
        closure: { benchmark in
            let engine = database.value.engine
            let issue = { @Sendable (_: Int) async throws in
                let index = counter.wrappingAdd(1, ordering: .relaxed).newValue
                blackHole(try await engine.issueToken(user: "buyer\(index)"))
            }
            try await benchmark.measureRun(log: log) {
                try await withThrowingTaskGroup(of: [Duration].self) { group in
                    for _ in 0..<callers {
                        group.addTask { try await PerCall.time(0..<callsPerCaller, issue) }
                    }
                    return try await group.reduce([], +)
                }
            }
        },
        setup: { database.set(try await BenchDatabase(name: "b1")) },
        teardown: {
            log.flush(label: name)
            database.set(nil)
        })
}
