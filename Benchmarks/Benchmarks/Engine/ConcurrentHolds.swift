import Benchmark
import BenchSupport
import BookingEngine

/// B6: 8 concurrent workers holding seats of a stadium's two shows (92,640 seats loaded
/// with `loadCatalog(text:)`), half of the attempts aimed at the front section of every
/// date. Successes and refusals are reported apart; afterwards an SQL check counts seats
/// with more than one live hold (must be 0) and checks that the live reservations added
/// are exactly the holds reported (the demo catalog's sold seats were there before).
func concurrentHoldBenchmarks() {
    let workers = 8
    let attemptsPerWorker = BenchSizes.pick(10_000, smoke: 20)
    let prepared = SetupBox<HoldSetup>()
    Benchmark(
        "B6 holds by \(workers) workers",
        configuration: .init(
            metrics: [.wallClock, figure("holds/s", largerIsBetter: true), figure("holds"), figure("refused unavailable"),
                      figure("refused limit"), figure("busy"), figure("other errors"), figure("double booked")],
            timeUnits: .milliseconds, warmupIterations: 0, maxIterations: 1),
        closure: { benchmark in
            let setup = prepared.value
            let engine = setup.database.engine
            let soldBefore = try Shoppers.liveReservations(path: setup.database.path)
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
            let doubleBooked = try Shoppers.doubleBookedSeats(path: setup.database.path)
            let live = try Shoppers.liveReservations(path: setup.database.path)
            try check(doubleBooked == 0 && live - soldBefore == counts.held, "double booked \(doubleBooked), live \(live), \(counts)")
            benchmark.measurement(figure("holds/s", largerIsBetter: true), Int(Double(counts.held) / elapsed))
            benchmark.measurement(figure("holds"), counts.held)
            benchmark.measurement(figure("refused unavailable"), counts.unavailable)
            benchmark.measurement(figure("refused limit"), counts.limitReached)
            benchmark.measurement(figure("busy"), counts.busy)
            benchmark.measurement(figure("other errors"), counts.other)
            benchmark.measurement(figure("double booked"), doubleBooked)
        },
        setup: { prepared.set(try await HoldSetup(name: "b6", buyers: BenchSizes.pick(24_000, smoke: 40))) },
        teardown: { prepared.set(nil) })
}

/// A stadium database with admitted buyers, ready for hold runs.
struct HoldSetup: Sendable {
    let database: BenchDatabase
    let tokens: [TokenID]
    let seats: (all: [SeatID], front: [SeatID])

    init(name: String, buyers: Int, configuration: EngineConfiguration = .bench(capacity: 100_000)) async throws {
        database = try await BenchDatabase(name: name, configuration: configuration)
        try await database.engine.loadCatalog(
            text: StadiumCatalog.text(dates: BenchSizes.pick(StadiumCatalog.datesPerConcert, smoke: 2)))
        tokens = try await Shoppers.admit(database.engine, prefix: "fan", count: buyers)
        seats = try Shoppers.stadiumSeats(path: database.path)
    }
}
