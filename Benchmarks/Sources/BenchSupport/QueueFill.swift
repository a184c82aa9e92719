import BookingEngine
import GRDB

/// Fills a new engine database with a long waiting line by bulk SQL instead of a million
/// `issueToken` calls, writing exactly the rows the engine would have written.
///
/// Waiter `k` (1…`waiting`) is buyer `q<k>` with token secret `printf('%032x', k)` and
/// sequence number `k + (k − 1) / 49`: every 50th number was issued to someone who has
/// since left (admitted or swept), so those numbers are missing from `token` and counted in
/// `departure_sums` (counts and bucket bits), as `QueueIndex.recordDepartures` records them.
/// Every waiter is in the cell of `waiting_tally` for its expiry slot and number group, all
/// of them up to the last number. Every `lapsedEvery`-th waiter stopped polling: its expiry
/// is `lapseIn` from `now` (past by default: lapsed but not swept yet); the others' expiry
/// is a full waiting lifetime away.
public struct QueueFill: Sendable {
    public let waiting: Int
    public let lapsedEvery: Int?
    public let now: Timestamp
    public let liveUntil: Timestamp
    public let lapseAt: Timestamp

    /// Same constants as `Storage/QueueIndex.swift` and `Storage/WaitingTally.swift`.
    static let bucketShift: Int64 = 8
    static let levels: Int64 = 6
    static let slotMilliseconds: Int64 = 250
    static let groupShift: Int64 = 10

    public init(waiting: Int, lapsedEvery: Int?, now: Timestamp, liveFor: Duration, lapseIn: Duration = .seconds(-1)) {
        self.waiting = waiting
        self.lapsedEvery = lapsedEvery
        self.now = now
        self.liveUntil = now + liveFor
        self.lapseAt = now + lapseIn
    }

    /// The token of waiter `k`: secret `printf('%032x', k)`, then its number in line.
    public static func token(_ k: Int) -> TokenID {
        let secret = String(repeating: "0", count: 32 - String(k, radix: 16).count) + String(k, radix: 16)
        return TokenID(rawValue: secret + "-" + String(sequence(k), radix: 16))
    }

    /// The number in line of waiter `k`.
    static func sequence(_ k: Int) -> Int64 {
        Int64(k) + Int64(k - 1) / 49
    }

    /// Whether waiter `k` is live (not lapsed).
    public func isLive(_ k: Int) -> Bool {
        guard let lapsedEvery else { return true }
        return k % lapsedEvery != 0
    }

    /// How many waiters are lapsed.
    public var lapsedCount: Int { lapsedEvery.map { waiting / $0 } ?? 0 }

    /// Writes the line into the database at `path` (which must have issued no token yet).
    public func write(path: String) throws {
        let queue = try DatabaseQueue(path: path)
        let lastSeq = Self.sequence(waiting)
        try queue.write { db in
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM token") ?? 0
            precondition(count == 0, "the line can only be filled into a database without tokens")
            let numbers = "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < ?)"
            try db.execute(
                sql: "\(numbers) INSERT INTO buyer (name, token_seq) SELECT 'q' || n, n + (n - 1) / 49 FROM k", arguments: [waiting])
            try db.execute(
                sql: """
                    \(numbers) INSERT INTO token (seq, secret, user, status, created_at, expires_at)
                    SELECT n + (n - 1) / 49, printf('%032x', n), 'q' || n, 'waiting', ?,
                        CASE WHEN n % ? = 0 THEN ? ELSE ? END
                    FROM k
                    """,
                arguments: [waiting, now.milliseconds - 60_000, lapsedEvery ?? (waiting + 1),
                            lapseAt.milliseconds, liveUntil.milliseconds])
            try db.execute(sql: "UPDATE line_counter SET next_seq = ?, tallied_through = ? WHERE id = 1", arguments: [lastSeq + 1, lastSeq])
            try db.execute(sql: """
                INSERT INTO waiting_tally (slot, grp, waiters)
                SELECT expires_at / \(Self.slotMilliseconds), seq >> \(Self.groupShift), COUNT(*) FROM token GROUP BY 1, 2
                """)
            for (node, entry) in Self.departureSums(departed: stride(from: Int64(50), to: lastSeq, by: 50)) {
                try db.execute(
                    sql: "INSERT INTO departure_sums (node, departed, bits0, bits1, bits2, bits3) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: StatementArguments([node, entry.departed] + entry.bits))
            }
        }
        try queue.close()
    }

    /// The rows of `departure_sums` with their counts, and on each bucket's own row (level
    /// 0, keyed by the bucket's number) the four 64-bit words marking which of its 256
    /// numbers departed. At each level of fan-out 16, a departure adds to the rows of its
    /// group after its digit; the row of level 6 holds them all.
    static func departureSums(departed: some Sequence<Int64>) -> [Int64: (departed: Int64, bits: [Int64])] {
        let none: (departed: Int64, bits: [Int64]) = (0, [0, 0, 0, 0])
        var buckets: [Int64: (departed: Int64, bits: [Int64])] = [:]
        for seq in departed {
            let bit = Int(seq & 0xFF)
            buckets[seq >> bucketShift, default: none].departed += 1
            buckets[seq >> bucketShift, default: none].bits[bit >> 6] |= Int64(bitPattern: 1 << UInt64(bit & 63))
        }
        var rows: [Int64: (departed: Int64, bits: [Int64])] = [:]
        for (bucket, departures) in buckets {
            rows[bucket, default: none].bits = departures.bits
            rows[levels << 28 | 1, default: none].departed += departures.departed
            for level in 0..<levels {
                let group = bucket >> (4 * (level + 1))
                for later in (((bucket >> (4 * level)) & 15) + 1)..<16 {
                    rows[level << 28 | group << 4 | later, default: none].departed += departures.departed
                }
            }
        }
        return rows
    }

    /// Lapsed waiters (at `moment`) not yet counted out as departures by the engine.
    public func uncountedLapsed(path: String, at moment: Timestamp) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM token t, line_counter q
                WHERE t.status = 'waiting' AND t.expires_at <= ?
                  AND (t.expires_at, t.seq) > (q.lapse_mark_expiry, q.lapse_mark_seq)
                """, arguments: [moment.milliseconds]) ?? 0
        }
    }

    /// Checks `samples` positions read through the engine at `at` against a brute-force count
    /// over the `token` table; throws on the first difference. Returns how long the first
    /// read took (the one that finds the lapsed waiters not counted out yet).
    @discardableResult
    public func verify(engine: BookingEngine, path: String, samples: Int, at moment: Timestamp) async throws -> Duration {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        let step = max(1, waiting / samples)
        let clock = ContinuousClock()
        var first: Duration?
        for k in stride(from: 1, through: waiting, by: step) where isLive(k) {
            let started = clock.now
            let status = try await engine.queueStatus(token: Self.token(k))
            if first == nil { first = clock.now - started }
            let seq = Self.sequence(k)
            let (expected, waitingNow) = try await queue.read { db in
                let live = "FROM token WHERE status = 'waiting' AND expires_at > ?"
                return (try Int.fetchOne(db, sql: "SELECT COUNT(*) + 1 \(live) AND seq < ?", arguments: [moment.milliseconds, seq]) ?? 0,
                        try Int.fetchOne(db, sql: "SELECT COUNT(*) \(live)", arguments: [moment.milliseconds]) ?? 0)
            }
            guard status.position == expected, status.waitingCount == waitingNow else {
                throw FillError.positionMismatch(k: k, engine: status.position ?? -1, bruteForce: expected)
            }
        }
        return first ?? .zero
    }
}

/// A bulk-filled line that the engine reads differently from a brute-force count.
public enum FillError: Error {
    case positionMismatch(k: Int, engine: Int, bruteForce: Int)
}
