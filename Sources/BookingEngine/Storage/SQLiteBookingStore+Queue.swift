import GRDB

extension SQLiteBookingStore {
    public func issueToken(user: String, candidate: TokenID, now: Timestamp, policy: EngineConfiguration) async throws -> QueueStatus {
        try await write { db in
            try Self.dropLapsedWaiters(db, now: now)
            try db.run("INSERT OR IGNORE INTO buyer (name) VALUES (?)", [user])
            if let existing = try TokenRecord.find(user: user, db) {
                if existing.isLive(at: now) {
                    let kept = try Self.keepAlive(existing, db, now: now, policy: policy)
                    return try Self.status(of: kept, db, now: now, policy: policy)
                }
                try db.run("DELETE FROM token WHERE id = ?", [existing.id.rawValue])
            }
            let seq = try QueueIndex.nextSequence(db)
            try db.run(
                """
                INSERT INTO token (id, user, seq, status, created_at, expires_at)
                VALUES (?, ?, ?, 'waiting', ?, ?)
                """, [candidate.rawValue, user, seq, now.milliseconds, (now + policy.waitingTokenLifetime).milliseconds])
            if try QueueIndex.position(of: seq, now: now, db) == 1, try Self.liveActiveCount(db, now: now) < policy.activeCapacity {
                try Self.activate(sequencesUpTo: seq, [seq], db, now: now, policy: policy, fromTheLine: false)
            }
            guard let token = try TokenRecord.find(candidate, db) else { throw BookingError.tokenNotFound }
            return try Self.status(of: token, db, now: now, policy: policy)
        }
    }

    /// Flow 2, usually as a read that waits for no writer. A poll writes only when the
    /// waiting token's stored expiry has fallen more than `keepAliveSlack` behind a full
    /// waiting lifetime (with the 2-min default a waiter polling every 5 s writes once every
    /// 10 s at most, and lives between 1:50 and 2:00 after its last poll), or when more than
    /// `QueueIndex.readableLapsed` lapsed waiters await deletion: that write deletes them, so
    /// the first poll after a mass lapse tidies up and the reads after it stay cheap.
    public func queueStatus(token id: TokenID, now: Timestamp, policy: EngineConfiguration) async throws -> QueueStatus {
        if let status = try await read({ db in try Self.statusWithoutKeepAlive(id, db, now: now, policy: policy) }) {
            return status
        }
        return try await write { db in
            try Self.dropLapsedWaiters(db, now: now)
            let token = try Self.keepAlive(TokenRecord.live(id, at: now, db), db, now: now, policy: policy)
            return try Self.status(of: token, db, now: now, policy: policy)
        }
    }

    public func admit(now: Timestamp, policy: EngineConfiguration) async throws -> Int {
        try await write { db in
            try Self.dropLapsedWaiters(db, now: now)
            try db.run("DELETE FROM admission_log WHERE at < ?", [(now - WaitEstimator.window).milliseconds])
            let room = policy.activeCapacity - (try Self.liveActiveCount(db, now: now))
            guard room > 0 else { return 0 }
            let sequences = try db.int64s(
                "SELECT seq FROM token WHERE status = 'waiting' ORDER BY seq LIMIT ?", [room])
            guard let last = sequences.last else { return 0 }
            try Self.activate(sequencesUpTo: last, sequences, db, now: now, policy: policy, fromTheLine: true)
            return sequences.count
        }
    }

    /// Flow 4. Lapsed waiters go in batches of `sweepBatch`, one short transaction each, so
    /// a large backlog never holds the write lock for long; positions stay exact meanwhile
    /// because they discount lapsed waiters that are still stored.
    public func deleteExpiredTokens(now: Timestamp) async throws -> Int {
        var deleted = 0
        while true {
            let batch = try await write { db in try Self.dropLapsedWaiters(db, now: now, limit: Self.sweepBatch) }
            deleted += batch
            if batch < Self.sweepBatch { break }
        }
        return deleted + (try await write { db in
            try db.run("DELETE FROM token WHERE status = 'active' AND expires_at <= ?", [now.milliseconds])
        })
    }

    /// How many lapsed waiters one sweep transaction deletes at most.
    static let sweepBatch = 2_000

    /// How far a waiting token's stored expiry may fall behind a full lifetime before a
    /// poll writes a new one: a twelfth of the lifetime (10 s of the default 2 min).
    static func keepAliveSlack(_ policy: EngineConfiguration) -> Duration {
        policy.waitingTokenLifetime / 12
    }

    /// Live active tokens: the ones that count against capacity.
    static func liveActiveCount(_ db: Database, now: Timestamp) throws -> Int {
        Int(try db.int64("SELECT COUNT(*) FROM token WHERE status = 'active' AND expires_at > ?", [now.milliseconds]) ?? 0)
    }

    /// Removes waiting tokens past their expiry (the `limit` earliest, or all) and records
    /// their departure. Cheap when there are none: one look at the smallest waiting expiry.
    @discardableResult
    static func dropLapsedWaiters(_ db: Database, now: Timestamp, limit: Int? = nil) throws -> Int {
        guard try QueueIndex.hasLapsed(now: now, db) else { return 0 }
        let lapsed = "SELECT seq FROM token WHERE status = 'waiting' AND expires_at <= ? ORDER BY expires_at, seq LIMIT ?"
        let arguments: StatementArguments = [now.milliseconds, limit ?? -1]
        let sequences = try db.int64s(lapsed, arguments)
        try db.run("DELETE FROM token WHERE status = 'waiting' AND seq IN (\(lapsed))", arguments)
        try QueueIndex.recordDepartures(db, sequences: sequences)
        return sequences.count
    }

    /// Admits the waiting tokens numbered up to `last` (which are exactly `sequences`).
    /// Admissions from the line feed the wait estimate; an instant admission into an empty
    /// line says nothing about how fast the line moves, so it is not logged.
    static func activate(
        sequencesUpTo last: Int64, _ sequences: [Int64], _ db: Database, now: Timestamp, policy: EngineConfiguration, fromTheLine: Bool
    ) throws {
        try db.run(
            """
            UPDATE token SET status = 'active', admitted_at = ?, expires_at = ?
            WHERE status = 'waiting' AND seq <= ?
            """, [now.milliseconds, (now + policy.activeTokenLifetime).milliseconds, last])
        try QueueIndex.recordDepartures(db, sequences: sequences)
        if fromTheLine {
            try db.run("INSERT INTO admission_log (at, admitted) VALUES (?, ?)", [now.milliseconds, sequences.count])
        }
    }

    /// A poll keeps a waiting token in line for another waiting lifetime.
    static func keepAlive(_ token: TokenRecord, _ db: Database, now: Timestamp, policy: EngineConfiguration) throws -> TokenRecord {
        guard token.status == .waiting else { return token }
        try db.run("UPDATE token SET expires_at = ? WHERE id = ?", [(now + policy.waitingTokenLifetime).milliseconds, token.id.rawValue])
        return try TokenRecord.find(token.id, db) ?? token
    }

    /// The status of a poll that need not write, or nil when the token is due for keep-alive
    /// or too many lapsed waiters await deletion.
    static func statusWithoutKeepAlive(_ id: TokenID, _ db: Database, now: Timestamp, policy: EngineConfiguration) throws -> QueueStatus? {
        let token = try TokenRecord.live(id, at: now, db)
        if token.status == .waiting, token.expiresAt < now + policy.waitingTokenLifetime - keepAliveSlack(policy) {
            return nil
        }
        guard try QueueIndex.lapsedAreFew(now: now, db) else { return nil }
        return try status(of: token, db, now: now, policy: policy)
    }

    static func status(of token: TokenRecord, _ db: Database, now: Timestamp, policy: EngineConfiguration) throws -> QueueStatus {
        let phase: QueueStatus.Phase
        switch token.status {
        case .active:
            phase = .active
        case .waiting:
            let position = try QueueIndex.position(of: token.seq, now: now, db)
            phase = .waiting(position: position, estimatedWait: try WaitEstimator.estimate(position: position, db, now: now, policy: policy))
        }
        return QueueStatus(
            token: token.id, user: token.user, phase: phase, expiresAt: token.expiresAt,
            waitingCount: try QueueIndex.waitingCount(now: now, db), checkedAt: now)
    }
}
