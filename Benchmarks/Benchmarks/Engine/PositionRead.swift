import Benchmark
import BenchSupport
import BookingEngine

/// B3: `queueStatus` (the 5-second poll) on a quiet line of 1k, 100k and 1M waiting, made
/// through the engine (`LineFill`: every 20th waiter lapsed, 120 admitted, the rest polled
/// three times). Each size starts from a copy of its filled line opened by a new engine,
/// as a process that starts polling would; a sample of places is checked against the
/// fill's own count first (the first of those reads, which finds the lapsed waiters the
/// fill's writes did not count out yet, is timed and noted apart). Then one run of
/// 100,000 reads, each of another waiter spread over the line and timed alone
/// (`PerCall`), none left out; the first 10,000 are also noted apart in `latencies.txt`,
/// as they include the new process's caches filling.
func positionReadBenchmarks() {
    let sizes = BenchSizes.isSmoke ? [1_000] : [1_000, 100_000, 1_000_000]
    let reads = BenchSizes.pick(100_000, smoke: 2)
    for size in sizes {
        let prepared = SetupBox<PreparedLine>()
        let log = LatencyLog()
        let firstReads = LatencyLog()
        Benchmark(
            "B3 position read \(size) waiting",
            configuration: PerCall.configuration(),
            closure: { benchmark in
                let line = prepared.value
                let tokens = (0..<reads).map { line.token($0 * 7_919) }
                let durations = try await benchmark.measureRun(log: log) {
                    try await PerCall.time(tokens) { blackHole(try await line.database.engine.queueStatus(token: $0)) }
                }
                firstReads.record(Array(durations.prefix(10_000)))
            },
            setup: {
                let fill = LineFill(size: size, lapseEvery: 20)
                prepared.set(try await PreparedLine(fill, name: "b3-\(size)", clock: ManualClock(start: fill.readyAt)))
            },
            teardown: {
                log.flush(label: "B3 \(size)")
                firstReads.flush(label: "B3 \(size) first 10000 reads")
                LatencyLog.note("B3 \(size) first poll of the new engine: \(prepared.value.firstPoll)")
                prepared.set(nil)
            })
    }
}

/// A copy of a filled line (`LineTemplates`), opened by a new engine on `clock`, its places
/// checked against the fill's own count (`LineFill.verify`).
struct PreparedLine: Sendable {
    let database: BenchDatabase
    let fill: LineFill
    let tokens: [TokenID]
    /// The first read of the check.
    let firstPoll: Duration

    init(_ fill: LineFill, name: String, clock: any EngineClock, keepAliveWrites: KeepAliveWrites = .immediate) async throws {
        let template = try await LineTemplates.shared.template(fill)
        database = try await BenchDatabase(name: name, copying: template.path, clock: clock, keepAliveWrites: keepAliveWrites)
        self.fill = fill
        tokens = template.tokens
        firstPoll = try await fill.verify(tokens, on: database.engine, samples: BenchSizes.pick(200, smoke: 20))
    }

    /// The token of a waiter still in line, picked from `index` (any integer).
    func token(_ index: Int) -> TokenID {
        tokens[fill.waiter(index) - 1]
    }
}
