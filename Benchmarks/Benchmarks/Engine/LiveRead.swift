import Benchmark
import BenchSupport
import BookingEngine
import Synchronization

/// B3-live: position reads at 1M waiting while the line lives, for a minute of real time.
/// The line is B3's (a copy, checked first), its clock now running in real time
/// (`LiveClock`) and its keep-alives batched as the client's are
/// (`KeepAliveWrites.batched(after: 1 s)`). Meanwhile, in the same process:
///
/// - one reader polls nonstop, each poll for another waiter spread over the line and timed
///   alone; once the waiters' last keep-alive is 5 s old, every poll owes one, so the
///   engine writes the polled waiters' keep-alives in one transaction each second;
/// - 100 new buyers a second join the line (`issueToken`, one transaction each);
/// - at half time, the 30 buyers shopping buy a seat each (top-up, hold, payment) and the
///   admission of the minute admits 30 more.
func liveReadBenchmarks() {
    let size = BenchSizes.pick(1_000_000, smoke: 1_000)
    let length: Duration = BenchSizes.isSmoke ? .seconds(2) : .seconds(60)
    let prepared = SetupBox<PreparedLine>()
    let log = LatencyLog()
    Benchmark(
        "B3-live position read \(size) waiting, line live",
        configuration: .init(
            metrics: [PerCall.latency, PerCall.rate, figure("tokens issued"), figure("admitted"), figure("seats bought")],
            units: [PerCall.latency: .count, PerCall.rate: .count], warmupIterations: 0, maxIterations: 1),
        closure: { benchmark in
            let line = prepared.value
            let engine = line.database.engine
            let running = Atomic<Bool>(true)
            let shopping = (line.fill.admitted - line.fill.policy.activeCapacity + 1)...line.fill.admitted
            let writer = Task {
                let timer = ContinuousClock()
                let started = timer.now
                var issued = 0
                var (admitted, bought) = (0, 0)
                var next = started
                while running.load(ordering: .relaxed) {
                    next += .milliseconds(10)
                    try await Task.sleep(until: next, clock: timer)
                    _ = try await engine.issueToken(user: "live\(issued)")
                    issued += 1
                    if admitted == 0, timer.now - started >= length / 2 {
                        for k in shopping where try await Buyer.buyOneSeat(engine, user: "w\(k)", token: line.tokens[k - 1], pick: k) {
                            bought += 1
                        }
                        admitted = try await engine.runAdmission()
                    }
                }
                return (issued, admitted, bought)
            }
            let durations = try await benchmark.measureRun(log: log) {
                let timer = ContinuousClock()
                let ends = timer.now + length
                var durations: [Duration] = []
                var index = 0
                while timer.now < ends {
                    index += 7_919
                    let token = line.token(index)
                    let started = timer.now
                    blackHole(try await engine.queueStatus(token: token))
                    durations.append(timer.now - started)
                }
                return durations
            }
            running.store(false, ordering: .relaxed)
            let (issued, admitted, bought) = try await writer.value
            try check(admitted == bought && bought == shopping.count, "admitted \(admitted) after \(bought) of \(shopping.count) bought")
            benchmark.measurement(figure("tokens issued"), issued)
            benchmark.measurement(figure("admitted"), admitted)
            benchmark.measurement(figure("seats bought"), bought)
            LatencyLog.note("B3-live: \(durations.count) polls, \(issued) tokens issued, \(bought) seats bought, \(admitted) admitted")
        },
        setup: {
            let fill = LineFill(size: size, lapseEvery: 20)
            prepared.set(try await PreparedLine(
                fill, name: "b3-live", clock: LiveClock(from: fill.readyAt), keepAliveWrites: .batched(after: .seconds(1))))
        },
        teardown: {
            log.flush(label: "B3-live \(size)")
            prepared.set(nil)
        })
}
