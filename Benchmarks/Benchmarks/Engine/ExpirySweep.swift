import Benchmark
import BenchSupport
import BookingEngine
import Synchronization

/// B5: the token sweep deleting 100k lapsed waiters among 1M, while another engine on the
/// same file (as a second client process has) keeps polling places; reports the sweep's
/// time (counting out the lapsed waiters the line's writes have not counted yet, then
/// deleting the rows, in short transactions), how many it deleted, and the polls'
/// latencies meanwhile. The line is made through the engine (`LineFill`, every 10th
/// waiter lapsed) and checked before the sweep and after it (places must not change).
/// Run twice: the reader polling without a pause (on this 2-core machine it keeps one core
/// busy) and pausing 5 ms between polls (200 polls a second). A control run has the same
/// line and the same 5-ms reader for a second without any sweep: its reader figures are
/// what readers see anyway, so the difference is what the sweep costs them.
func expirySweepBenchmarks() {
    expirySweepBenchmark(readerPause: nil)
    expirySweepBenchmark(readerPause: .milliseconds(5))
    expirySweepBenchmark(readerPause: .milliseconds(5), sweeping: false)
}

private func expirySweepBenchmark(readerPause: Duration?, sweeping sweeps: Bool = true) {
    let waiting = BenchSizes.pick(1_000_000, smoke: 1_000)
    let prepared = SetupBox<(line: PreparedLine, clock: ManualClock)>()
    let readerLabel = readerPause.map { "a reader pausing \(Int($0 / .milliseconds(1))) ms" } ?? "a reader polling nonstop"
    let name = sweeps
        ? "B5 expiry sweep of \(waiting / 10) lapsed among \(waiting), \(readerLabel)"
        : "B5 control: \(waiting / 10) lapsed among \(waiting), \(readerLabel), no sweep for 1 s"
    Benchmark(
        name,
        configuration: .init(
            metrics: [.wallClock, figure("swept by the sweep"), figure("reader p50 (us)"), figure("reader p99 (us)"),
                      figure("reader max (us)"), figure("reader polls", largerIsBetter: true)],
            timeUnits: .milliseconds, warmupIterations: 0, maxIterations: 1),
        closure: { benchmark in
            let (line, clock) = prepared.value
            let reader = try await line.database.secondEngine(clock: clock)
            let polling = Atomic<Bool>(true)
            let readers = Task {
                var latencies = Latencies()
                var index = 0
                let timer = ContinuousClock()
                while polling.load(ordering: .relaxed) {
                    index += 7_919
                    let token = line.token(index)
                    let started = timer.now
                    _ = try await reader.queueStatus(token: token)
                    latencies.record(timer.now - started)
                    if let readerPause { try await Task.sleep(for: readerPause) }
                }
                return latencies
            }
            try await Task.sleep(for: .milliseconds(50))
            benchmark.startMeasurement()
            let swept: Int
            if sweeps {
                swept = try await line.database.engine.sweepExpiredTokens()
            } else {
                try await Task.sleep(for: .seconds(1))
                swept = 0
            }
            benchmark.stopMeasurement()
            polling.store(false, ordering: .relaxed)
            let latencies = try await readers.value
            benchmark.measurement(figure("swept by the sweep"), swept)
            benchmark.measurement(figure("reader p50 (us)"), Int(latencies.percentileMicroseconds(0.5)))
            benchmark.measurement(figure("reader p99 (us)"), Int(latencies.percentileMicroseconds(0.99)))
            benchmark.measurement(figure("reader max (us)"), Int(latencies.percentileMicroseconds(1)))
            benchmark.measurement(figure("reader polls", largerIsBetter: true), latencies.nanoseconds.count)
            try await line.fill.verify(line.tokens, on: line.database.engine, samples: BenchSizes.pick(200, smoke: 20))
            if sweeps {
                let lapsed = line.fill.size - line.fill.admitted - line.fill.waiting
                try check(swept >= lapsed, "the sweep deleted \(swept) tokens of \(lapsed) lapsed")
                try check(try await line.database.engine.sweepExpiredTokens() == 0, "lapsed waiters were left after the sweep")
            }
            LatencyLog.note("\(name): swept \(swept), reader \(latencies.summary)")
        },
        setup: {
            let fill = LineFill(size: waiting, lapseEvery: 10)
            let clock = ManualClock(start: fill.readyAt)
            prepared.set((try await PreparedLine(fill, name: "b5", clock: clock), clock))
        },
        teardown: { prepared.set(nil) })
}
