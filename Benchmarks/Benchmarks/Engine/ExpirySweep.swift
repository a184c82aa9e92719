import Benchmark
import BenchSupport
import BookingEngine
import Synchronization

/// B5: the token sweep deleting 100k lapsed waiters among 1M, while another connection
/// (a second engine on the same file, as a second client process would have) keeps
/// polling positions; reports the sweep time (counting the lapsed waiters out, then
/// deleting their rows, in short transactions), how many it deleted, and the polls'
/// latencies meanwhile (a poll that finds them uncounted counts them itself).
/// The line is verified before the 100k lapse, then the clock moves past their expiry.
/// Run twice: the reader polling without a pause (on this 2-core machine it keeps one
/// core busy) and pausing 5 ms between polls (200 polls a second). A control run has the
/// same lapse and the same 5-ms reader for a second without any sweep: its reader figures
/// are what the lapse alone costs readers, so the difference is what the sweep costs them.
func expirySweepBenchmarks() {
    expirySweepBenchmark(readerPause: nil)
    expirySweepBenchmark(readerPause: .milliseconds(5))
    expirySweepBenchmark(readerPause: .milliseconds(5), sweeping: false)
}

private func expirySweepBenchmark(readerPause: Duration?, sweeping sweeps: Bool = true) {
    let waiting = BenchSizes.pick(1_000_000, smoke: 1_000)
    let prepared = SetupBox<PreparedLine>()
    let readerLabel = readerPause.map { "a reader pausing \(Int($0 / .milliseconds(1))) ms" } ?? "a reader polling nonstop"
    let name = sweeps
        ? "B5 expiry sweep of \(waiting / 10) lapsed among \(waiting), \(readerLabel)"
        : "B5 control: \(waiting / 10) lapsed among \(waiting), \(readerLabel), no sweep for 1 s"
    Benchmark(
        name,
        configuration: .init(
            metrics: [.wallClock, figure("swept by the sweep"), figure("reader p50 (us)"), figure("reader p99 (us)"), figure("reader max (us)"),
                      figure("reader polls", largerIsBetter: true)],
            timeUnits: .milliseconds, warmupIterations: 0, maxIterations: 1),
        closure: { benchmark in
            let line = prepared.value
            let reader = try await line.database.secondEngine(clock: line.clock)
            line.clock.advance(by: .seconds(2))
            let polling = Atomic<Bool>(true)
            let readers = Task {
                var latencies = Latencies()
                var index = 0
                let clock = ContinuousClock()
                while polling.load(ordering: .relaxed) {
                    index += 7_919
                    let token = QueueFill.token(line.liveWaiter(index))
                    let started = clock.now
                    _ = try await reader.queueStatus(token: token)
                    latencies.record(clock.now - started)
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
            try await line.fill.verify(engine: line.database.engine, path: line.database.path, samples: 50, at: line.clock.now())
            if sweeps {
                try check(try await line.database.engine.sweepExpiredTokens() == 0, "lapsed waiters were left after the sweep")
            }
        },
        setup: { prepared.set(try await PreparedLine(waiting: waiting, lapsedEvery: 10, lapseIn: .seconds(1))) },
        teardown: { prepared.set(nil) })
}
