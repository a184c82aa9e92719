import Benchmark
import BenchSupport
import BookingEngine
import Synchronization

/// B8: payments, one reservation each: the idempotency check, the debit, the ledger
/// entry, the reservation confirmed and the seat sold, in one transaction. Buyers are
/// admitted, topped up and holding 4 seats each before the timed part.
func paymentBenchmarks() {
    let prepared = SetupBox<PaymentSetup>()
    let cursor = Atomic<Int>(0)
    Benchmark(
        "B8 payments",
        configuration: .init(
            metrics: [.wallClock, .throughput], timeUnits: .microseconds, warmupIterations: 10,
            maxDuration: .seconds(10), maxIterations: BenchSizes.pick(20_000, smoke: 1)),
        closure: { benchmark in
            let setup = prepared.value
            for _ in benchmark.scaledIterations {
                let (token, reservation) = setup.pending[cursor.wrappingAdd(1, ordering: .relaxed).oldValue]
                blackHole(try await setup.holds.database.engine.pay(token: token, reservations: [reservation]))
            }
        },
        setup: {
            cursor.store(0, ordering: .relaxed)
            prepared.set(try await PaymentSetup(buyers: BenchSizes.pick(5_100, smoke: 10)))
        },
        teardown: { prepared.set(nil) })
}

/// Buyers with points and 4 live holds each; `pending` lists (token, reservation) to pay.
struct PaymentSetup: Sendable {
    let holds: HoldSetup
    let pending: [(TokenID, ReservationID)]

    init(buyers: Int) async throws {
        var configuration = EngineConfiguration.bench(capacity: 100_000)
        configuration.holdDuration = .seconds(3_600)
        holds = try await HoldSetup(name: "b8", buyers: buyers, configuration: configuration)
        let engine = holds.database.engine
        var pending: [(TokenID, ReservationID)] = []
        for (index, token) in holds.tokens.enumerated() {
            _ = try await engine.charge(user: "fan\(index)", amount: 1_000_000)
            let seats = Array(holds.seats.all[(index * 4)..<(index * 4 + 4)])
            pending += try await engine.hold(token: token, seats: seats).map { (token, $0.id) }
        }
        self.pending = pending
    }
}
