import BenchSupport
import BookingEngine
import BookingEnginePostgres
import Foundation

/// Issue 11's calls on PostgreSQL, by concurrent clients of one engine over two stadium
/// nights (`StadiumCatalog`), on a new database named by the first argument (a postgres://
/// URL). In order, each timed over its whole run:
/// 1. token issue: `clients` at once issuing tokens for `buyers` new buyers, all admitted
///    on arrival (the capacity is larger than the crowd);
/// 2. holds: `clients` workers making `attempts` single-seat holds each (`HoldRun`, half of
///    them aimed at the front section), then the audit;
/// 3. payments: every buyer with holds topped up (not timed), then `clients` workers each
///    paying for their share of those buyers, one payment of all of a buyer's holds each,
///    then the audit again.
/// 4. the line, on a second new database (`LineBench`).
/// Arguments: URL LINE-URL [clients] [buyers] [attempts per client] [people waiting].
@main
struct BenchPostgres {
    static func main() async {
        do {
            try await run()
        } catch {
            FileHandle.standardError.write(Data("bench-postgres: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run() async throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard let url = arguments.first else {
            FileHandle.standardError.write(Data("usage: bench-postgres URL LINE-URL [clients] [buyers] [attempts per client] [people waiting]\n".utf8))
            exit(2)
        }
        guard arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: bench-postgres URL LINE-URL [clients] [buyers] [attempts per client] [people waiting]\n".utf8))
            exit(2)
        }
        let lineURL = arguments.dropFirst().first ?? ""
        let numbers = arguments.dropFirst(2).compactMap { Int($0) }
        let clients = numbers.count > 0 ? numbers[0] : 16
        let buyers = numbers.count > 1 ? numbers[1] : 8_000
        let attempts = numbers.count > 2 ? numbers[2] : 1_500
        let waiting = numbers.count > 3 ? numbers[3] : 1_000_000

        let store = try await PostgresBookingStore(location: PostgresLocation(url: url), policy: .bench(capacity: 100_000))
        let engine = try await BookingEngine(store: store)
        let clock = ContinuousClock()
        var started = clock.now
        try await engine.loadCatalog(text: StadiumCatalog.text())
        print("setup: two stadium nights loaded in \(Int(seconds(clock.now - started))) s")

        started = clock.now
        let tokens = try await issue(engine, buyers: buyers, clients: clients)
        report("token issue", count: tokens.count, clients: clients, since: started)

        let seats = try await Shoppers.stadiumSeats(engine, token: tokens[0])
        let liveBefore = try await Shoppers.audit(engine)
        started = clock.now
        let counts = await hold(engine, tokens: tokens, seats: seats, clients: clients, attempts: attempts)
        report("holds", count: counts.held, clients: clients, since: started)
        print("  refused: \(counts.unavailable) seat taken, \(counts.limitReached) at the hold limit, \(counts.busy) busy, \(counts.other) other")
        let live = try await Shoppers.audit(engine)
        try check(live - liveBefore == counts.held, "\(live - liveBefore) live reservations added for \(counts.held) holds")

        var payers: [(TokenID, [ReservationID])] = []
        for (index, token) in tokens.enumerated() {
            let holds = try await engine.holds(user: "pg\(index)")
            guard !holds.isEmpty else { continue }
            _ = try await engine.charge(user: "pg\(index)", amount: holds.reduce(0) { $0 + $1.price }, key: .random())
            payers.append((token, holds.map(\.id)))
        }
        started = clock.now
        let paid = try await pay(engine, payers: payers, clients: clients)
        report("payments", count: paid, clients: clients, since: started)
        let after = try await engine.audit()
        try check(after.isSound, "the audit found: \(after.violations.joined(separator: "; "))")
        print("audit: sound; \(after.soldSeats) seats sold in \(after.payments) payments")

        try await LineBench(url: lineURL, size: waiting, clients: clients, reads: 2_000, admissionRuns: 20).run()
    }

    /// `clients` hold runs at once.
    static func hold(
        _ engine: BookingEngine, tokens: [TokenID], seats: (all: [SeatID], front: [SeatID]), clients: Int, attempts: Int
    ) async -> HoldCounts {
        await withTaskGroup(of: HoldCounts.self) { group in
            for client in 0..<clients {
                let run = HoldRun(
                    tokens: tokens.enumerated().filter { $0.offset % clients == client }.map(\.element),
                    seats: seats.all, front: seats.front, attempts: attempts, seed: UInt64(client + 1))
                group.addTask { await run.run(on: engine) }
            }
            return await group.reduce(HoldCounts(), +)
        }
    }

    /// `clients` tasks at once, each paying for its share of `payers`; returns the payments.
    static func pay(_ engine: BookingEngine, payers: [(TokenID, [ReservationID])], clients: Int) async throws -> Int {
        try await withThrowingTaskGroup(of: Int.self) { group in
            for client in 0..<clients {
                let share = payers.enumerated().filter { $0.offset % clients == client }.map(\.element)
                group.addTask {
                    for (token, holds) in share { _ = try await engine.pay(token: token, reservations: holds, key: .random()) }
                    return share.count
                }
            }
            return try await group.reduce(0, +)
        }
    }

    /// Tokens for buyers `pg0`…, issued by `clients` tasks at once, in buyer order.
    static func issue(_ engine: BookingEngine, buyers: Int, clients: Int) async throws -> [TokenID] {
        let issued = try await withThrowingTaskGroup(of: [(Int, TokenID)].self) { group in
            for client in 0..<clients {
                group.addTask {
                    var mine: [(Int, TokenID)] = []
                    for index in stride(from: client, to: buyers, by: clients) {
                        let status = try await engine.issueToken(user: "pg\(index)")
                        try check(status.isActive, "pg\(index) was put in line instead of admitted")
                        mine.append((index, status.token))
                    }
                    return mine
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        return issued.sorted { $0.0 < $1.0 }.map(\.1)
    }

    static func report(_ name: String, count: Int, clients: Int, since start: ContinuousClock.Instant) {
        let elapsed = seconds(ContinuousClock().now - start)
        print("\(name): \(count) by \(clients) clients in \(String(format: "%.1f", elapsed)) s: \(Int(Double(count) / elapsed))/s")
    }
}
