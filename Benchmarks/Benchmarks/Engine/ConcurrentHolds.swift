import Benchmark
import BenchSupport
import BookingEngine

/// B6: 8 concurrent workers holding seats of two stadium nights (`StadiumCatalog`: 46,300
/// seats a night, 92,600 in all, loaded with `loadCatalog(text:)`), half of the attempts
/// aimed at the front section (the three VIP floor blocks before the stage, 2,700 seats a
/// night: 6% of the seats draw 50% of the attempts). Successes and refusals are reported
/// apart; afterwards the engine's audit must find no seat taken twice (nor any other
/// broken invariant, the kept seat counts included), and the live reservations added must
/// be exactly the holds reported (the demo catalog's sold seats were there before).
/// Throughput is holds over the wall time of the whole run.
func concurrentHoldBenchmarks() {
    let workers = 8
    let attemptsPerWorker = BenchSizes.pick(10_000, smoke: 20)
    let prepared = SetupBox<HoldSetup>()
    Benchmark(
        "B6 holds by \(workers) workers",
        configuration: .init(
            metrics: [.wallClock, figure("holds/s", largerIsBetter: true), figure("holds"), figure("refused unavailable"),
                      figure("refused limit"), figure("busy"), figure("other errors")],
            timeUnits: .milliseconds, warmupIterations: 0, maxIterations: 1),
        closure: { benchmark in
            let setup = prepared.value
            let engine = setup.database.engine
            let liveBefore = try await Shoppers.audit(engine)
            let clock = ContinuousClock()
            let started = clock.now
            let counts = await withTaskGroup(of: HoldCounts.self) { group in
                for worker in 0..<workers {
                    let run = HoldRun(
                        tokens: setup.tokens.enumerated().filter { $0.offset % workers == worker }.map(\.element),
                        seats: setup.seats.all, front: setup.seats.front, attempts: attemptsPerWorker, seed: UInt64(worker + 1))
                    group.addTask { await run.run(on: engine) }
                }
                return await group.reduce(HoldCounts(), +)
            }
            let elapsed = seconds(clock.now - started)
            let live = try await Shoppers.audit(engine)
            try check(live - liveBefore == counts.held, "\(live - liveBefore) live reservations added, \(counts)")
            benchmark.measurement(figure("holds/s", largerIsBetter: true), Int(Double(counts.held) / elapsed))
            benchmark.measurement(figure("holds"), counts.held)
            benchmark.measurement(figure("refused unavailable"), counts.unavailable)
            benchmark.measurement(figure("refused limit"), counts.limitReached)
            benchmark.measurement(figure("busy"), counts.busy)
            benchmark.measurement(figure("other errors"), counts.other)
            LatencyLog.note("B6: \(Int(Double(counts.held) / elapsed)) holds/s, \(counts) in \(Int(elapsed * 1000)) ms")
        },
        setup: { prepared.set(try await HoldSetup(name: "b6", buyers: BenchSizes.pick(24_000, smoke: 40))) },
        teardown: { prepared.set(nil) })
}

/// A stadium database with admitted buyers, ready for hold runs.
struct HoldSetup: Sendable {
    let database: BenchDatabase
    let tokens: [TokenID]
    let seats: (all: [SeatID], front: [SeatID])

    /// `wrap`, when given, changes how the store runs transactions (see `BenchDatabase`).
    init(name: String, buyers: Int, wrap: ((SQLiteBookingStore) -> any BookingStore)? = nil) async throws {
        if let wrap {
            database = try await BenchDatabase(name: name, policy: .bench(capacity: 100_000), wrap: wrap)
        } else {
            database = try await BenchDatabase(name: name, policy: .bench(capacity: 100_000))
        }
        try await database.engine.loadCatalog(
            text: StadiumCatalog.text())
        tokens = try await Shoppers.admit(database.engine, prefix: "fan", count: buyers)
        seats = try await Shoppers.stadiumSeats(database.engine, token: tokens[0])
    }
}
