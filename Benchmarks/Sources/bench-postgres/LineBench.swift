import BenchSupport
import BookingEngine
import BookingEnginePostgres
import Foundation

/// The line on PostgreSQL: position reads with `size` people waiting, by one client and by
/// `clients` at once, then admission runs.
///
/// The first `capacity` buyers and one waiter join through the engine; the other waiters
/// are written by `psql` in one statement each for buyers and tokens, as the engine would
/// write `size` more arrivals with nobody polling or leaving (numbers in order, the
/// second waiter's issue time and expiry, the state's next number moved past them), since
/// issuing a million tokens through the engine takes many minutes. The audit afterwards
/// checks that the line is one the engine could have made.
struct LineBench {
    let url: String
    let size: Int
    let clients: Int
    let reads: Int
    let admissionRuns: Int
    let capacity = 1_000

    func run() async throws {
        var policy = EngineConfiguration.bench(capacity: capacity)
        policy.waitingTokenLifetime = .seconds(3_600)
        let store = try await PostgresBookingStore(location: PostgresLocation(url: url), policy: policy)
        let engine = try await BookingEngine(store: store)
        _ = try await Shoppers.admit(engine, prefix: "early", count: capacity)
        let template = try await engine.issueToken(user: "waiter")
        try check(template.position == 1, "the first waiter is at \(String(describing: template.position))")
        let first = Int64(template.token.rawValue.split(separator: "-").last ?? "", radix: 16) ?? 0
        try check(first > 0, "the waiter's token \(template.token.rawValue) has no number")
        let clock = ContinuousClock()
        var started = clock.now
        try psql(
            """
            BEGIN;
            INSERT INTO buyer (name, token_number) SELECT 'w' || n, n FROM generate_series(\(first + 1), \(first + Int64(size) - 1)) n;
            INSERT INTO token (number, secret, buyer, status, issued_at, expires_at)
                SELECT n, lpad(to_hex(n), 32, '0'), 'w' || n, 'waiting', t.issued_at, t.expires_at
                FROM generate_series(\(first + 1), \(first + Int64(size) - 1)) n, (SELECT issued_at, expires_at FROM token WHERE number = \(first)) t;
            UPDATE state SET next_number = \(first + Int64(size));
            COMMIT;
            ANALYZE;
            """)
        print("line: \(size) waiting (\(size - 1) written by psql in \(Int(seconds(clock.now - started))) s)")
        try await Shoppers.audit(engine)

        for readers in [1, clients] {
            started = clock.now
            let latencies = await readPlaces(engine, first: first, clients: readers)
            let elapsed = seconds(clock.now - started)
            print("position reads at \(size) waiting, \(readers) client(s): \(latencies.nanoseconds.count) in "
                  + "\(String(format: "%.1f", elapsed)) s: \(Int(Double(latencies.nanoseconds.count) / elapsed))/s, " + latencies.summary)
        }

        var runs = Latencies()
        var admitted = 0
        for _ in 0..<admissionRuns {
            try psql("UPDATE token SET expires_at = 0 WHERE status = 'active'")
            let start = clock.now
            admitted += try await engine.runAdmission()
            runs.record(clock.now - start)
        }
        try check(admitted == capacity * admissionRuns, "\(admitted) admitted in \(admissionRuns) runs of \(capacity)")
        print("admission: \(admissionRuns) runs of \(capacity) at \(size) waiting, each with the \(capacity) it replaces deleted: " + runs.summary)
        try await Shoppers.audit(engine)
    }

    /// Each client reads the places of random waiters; every answer must be the exact place.
    private func readPlaces(_ engine: BookingEngine, first: Int64, clients: Int) async -> Latencies {
        await withTaskGroup(of: Latencies.self) { group in
            for client in 0..<clients {
                group.addTask { [reads, size] in
                    var random = SplitMix64(seed: UInt64(client + 100))
                    var latencies = Latencies()
                    let clock = ContinuousClock()
                    for _ in 0..<reads {
                        let offset = Int64(random.next() % UInt64(size - 1)) + 1
                        let number = first + offset
                        let token = TokenID(rawValue: String(format: "%032llx-%llx", number, number))
                        let start = clock.now
                        let status = try? await engine.queueStatus(token: token)
                        latencies.record(clock.now - start)
                        precondition(status?.position == Int(offset) + 1, "waiter \(number) read place \(String(describing: status?.position))")
                    }
                    return latencies
                }
            }
            return await group.reduce(into: Latencies()) { $0.merge($1) }
        }
    }

    private func psql(_ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", sql]
        try process.run()
        process.waitUntilExit()
        try check(process.terminationStatus == 0, "psql failed on: \(sql.prefix(80))")
    }
}
