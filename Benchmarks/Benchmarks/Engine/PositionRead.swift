import Benchmark
import BenchSupport
import BookingEngine
import Synchronization

/// B3: `queueStatus` (the 5-second poll) at 1k, 100k and 1M waiting, 5 % of them lapsed
/// and not swept yet. The line is bulk-filled by SQL (`QueueFill`), then a sample of
/// positions read through the engine is checked against a brute-force count before the
/// timed reads. The first of those reads counts the lapsed waiters itself (timed apart) and
/// starts counting them out in the background; their rows stay in the table. Each
/// call reads the position of another live waiter and is timed alone inside batches of
/// 1,000 in one task (`PerCall`), so the harness's per-iteration task is not in the
/// figures; p99.9 comes from `LatencyLog` (`BOXOFFICE_BENCH_RESULTS/latencies.txt`).
///
/// The first `warmUpBatches` are not in the figures, at every size: while they run, the
/// reader connection's page cache (32 MiB, about 7,400 pages) is still filling. At 1M
/// nearly every read brings a page the cache has not held yet, and each new page is memory
/// the kernel faults in for the first time, about 5 µs more per read for the first 7,000
/// reads. At 1k the whole file is in the cache within the first batch. Their figures are
/// written apart (`B3 <size> warm-up` in `latencies.txt`).
func positionReadBenchmarks() {
    let sizes = BenchSizes.isSmoke ? [1_000] : [1_000, 100_000, 1_000_000]
    let batch = BenchSizes.pick(1_000, smoke: 2)
    let warmUpBatches = BenchSizes.pick(10, smoke: 1)
    for size in sizes {
        let prepared = SetupBox<PreparedLine>()
        let cursor = Atomic<Int>(0)
        let log = LatencyLog()
        let warmUpLog = LatencyLog()
        Benchmark(
            "B3 position read \(size) waiting",
            configuration: PerCall.configuration(
                batches: BenchSizes.pick(100, smoke: 1), warmUpBatches: warmUpBatches, maxDuration: .seconds(10)),
            closure: { benchmark in
                let line = prepared.value
                let tokens = (0..<batch).map { _ in
                    QueueFill.token(line.liveWaiter(cursor.wrappingAdd(7_919, ordering: .relaxed).newValue))
                }
                try await benchmark.measureBatch(log: log, warmUpLog: warmUpLog) {
                    try await PerCall.time(tokens) { blackHole(try await line.database.engine.queueStatus(token: $0)) }
                }
            },
            setup: { prepared.set(try await PreparedLine(waiting: size, lapsedEvery: 20)) },
            teardown: {
                log.flush(label: "B3 \(size)")
                warmUpLog.flush(label: "B3 \(size) warm-up")
                LatencyLog.note("B3 \(size) first poll, counting \(prepared.value.fill.lapsedCount) lapsed itself: \(prepared.value.firstPoll)")
                prepared.set(nil)
            })
    }
}

/// A database holding a bulk-filled, verified waiting line, on a clock stopped at the
/// moment of the fill so that nobody else lapses during the measurement. The first read of
/// the verification finds the lapsed waiters uncounted (`firstPoll` is its time); after the
/// verification, at most `LapsedWaiters.readable` (16) may be left uncounted, or it fails.
struct PreparedLine: Sendable {
    let database: BenchDatabase
    let fill: QueueFill
    let clock: ManualClock
    let firstPoll: Duration

    init(
        waiting: Int, lapsedEvery: Int?, capacity: Int = 30, waitingLifetime: Duration = .seconds(120),
        lapseIn: Duration = .seconds(-1)
    ) async throws {
        let clock = ManualClock()
        var configuration = EngineConfiguration.bench(capacity: capacity)
        configuration.waitingTokenLifetime = waitingLifetime
        database = try await BenchDatabase(name: "line\(waiting)", configuration: configuration, clock: clock)
        fill = QueueFill(waiting: waiting, lapsedEvery: lapsedEvery, now: clock.now(), liveFor: waitingLifetime, lapseIn: lapseIn)
        try fill.write(path: database.path)
        firstPoll = try await fill.verify(engine: database.engine, path: database.path, samples: 200, at: clock.now())
        let uncounted = try fill.uncountedLapsed(path: database.path, at: clock.now())
        try check(uncounted <= 16, "\(uncounted) lapsed waiters were still uncounted after the verification")
        self.clock = clock
    }

    /// A live waiter picked from `index` (any integer), spread over the whole line.
    func liveWaiter(_ index: Int) -> Int {
        var k = index % fill.waiting + 1
        while !fill.isLive(k) { k = k % fill.waiting + 1 }
        return k
    }
}
