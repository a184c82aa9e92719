import Benchmark
import BenchSupport
import BookingEngine
import Synchronization

/// B8: payments, one reservation each: the idempotency check, the debit, the ledger
/// entry, the reservation confirmed and the seat sold, in one transaction. Buyers are
/// admitted, topped up and holding 4 seats each before the timed part. Every payment is
/// timed alone inside batches of 1,000 in one task (`PerCall`), so the harness's
/// per-iteration task is not in the figures; p99.9 goes to `latencies.txt` (`LatencyLog`).
func paymentBenchmarks() {
    let prepared = SetupBox<PaymentSetup>()
    let cursor = Atomic<Int>(0)
    let log = LatencyLog()
    let buyers = BenchSizes.pick(5_100, smoke: 10)
    let batch = BenchSizes.pick(1_000, smoke: 10)
    Benchmark(
        "B8 payments",
        // The warm-up batch and then as many as the 4 holds of every buyer can pay.
        configuration: PerCall.configuration(batches: buyers * 4 / batch - 1, maxDuration: .seconds(10)),
        closure: { benchmark in
            let setup = prepared.value
            let first = cursor.wrappingAdd(batch, ordering: .relaxed).oldValue
            try await benchmark.measureBatch(log: log) {
                try await PerCall.time(setup.pending[first..<(first + batch)]) { token, reservation in
                    blackHole(try await setup.holds.database.engine.pay(token: token, reservations: [reservation]))
                }
            }
        },
        setup: {
            cursor.store(0, ordering: .relaxed)
            prepared.set(try await PaymentSetup(buyers: buyers))
        },
        teardown: {
            log.flush(label: "B8")
            prepared.set(nil)
        })
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
