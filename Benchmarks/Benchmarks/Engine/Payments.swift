import Benchmark
import BenchSupport
import BookingEngine
import Synchronization

/// B8: payments, one reservation each: the idempotency check, the debit, the ledger
/// entry, the reservation confirmed and the seat sold, in one transaction that is durable
/// on commit (`WriteKind.durable`: the log synced with `synchronous = FULL`). Buyers are
/// admitted, topped up and holding 4 seats each before the run; then one run pays for
/// every hold, each payment with a new idempotency key and timed alone (`PerCall`).
///
/// Run twice: as the product runs it, and with the same store wrapped so that the
/// payment's transaction commits like any other (`synchronous = NORMAL`, durable against
/// a crash of the process but not a power cut), to measure what the durable commit costs.
func paymentBenchmarks() {
    paymentBenchmark("B8 payments", wrap: nil)
    paymentBenchmark("B8 payments, commits not synced (comparison)", wrap: { CommitsNotSynced(store: $0) })
}

private func paymentBenchmark(_ name: String, wrap: (@Sendable (SQLiteBookingStore) -> any BookingStore)?) {
    let prepared = SetupBox<PaymentSetup>()
    let log = LatencyLog()
    let buyers = BenchSizes.pick(5_000, smoke: 10)
    Benchmark(
        name,
        configuration: PerCall.configuration(),
        closure: { benchmark in
            let setup = prepared.value
            let engine = setup.holds.database.engine
            try await benchmark.measureRun(log: log) {
                try await PerCall.time(setup.pending) { token, reservation in
                    blackHole(try await engine.pay(token: token, reservations: [reservation], key: .random()))
                }
            }
        },
        setup: { prepared.set(try await PaymentSetup(buyers: buyers, wrap: wrap)) },
        teardown: {
            log.flush(label: name)
            prepared.set(nil)
        })
}

/// Buyers with points and 4 live holds each; `pending` lists (token, reservation) to pay.
struct PaymentSetup: Sendable {
    let holds: HoldSetup
    let pending: [(TokenID, ReservationID)]

    init(buyers: Int, wrap: ((SQLiteBookingStore) -> any BookingStore)?) async throws {
        holds = try await HoldSetup(name: "b8", buyers: buyers, wrap: wrap)
        let engine = holds.database.engine
        var pending: [(TokenID, ReservationID)] = []
        for (index, token) in holds.tokens.enumerated() {
            _ = try await engine.charge(user: "fan\(index)", amount: 1_000_000, key: .random())
            let seats = Array(holds.seats.all[(index * 4)..<(index * 4 + 4)])
            pending += try await engine.hold(token: token, seats: seats).map { (token, $0.id) }
        }
        self.pending = pending
    }
}

/// The product's SQLite store with its durable writes run as ordinary ones: B8's
/// comparison, not a way the product runs.
struct CommitsNotSynced: BookingStore {
    let store: SQLiteBookingStore

    func read<T: Sendable>(_ body: @escaping @Sendable (any StoreReading) throws -> T) async throws -> T {
        try await store.read(body)
    }

    func write<T: Sendable>(_ kind: WriteKind, _ body: @escaping @Sendable (any StoreWriting) throws -> T) async throws -> T {
        try await store.write(kind == .durable ? .call : kind, body)
    }

    func describe(_ error: any Error) -> BookingError {
        store.describe(error)
    }

    var diagnostics: (any StoreDiagnostics)? { store.diagnostics }
}
