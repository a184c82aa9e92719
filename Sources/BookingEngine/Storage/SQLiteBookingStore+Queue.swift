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
            if try QueueIndex.position(of: seq, db) == 1, try Self.liveActiveCount(db, now: now) < policy.activeCapacity {
                try Self.activate(sequencesUpTo: seq, [seq], db, now: now, policy: policy, fromTheLine: false)
            }
            guard let token = try TokenRecord.find(candidate, db) else { throw BookingError.tokenNotFound }
            return try Self.status(of: token, db, now: now, policy: policy)
        }
    }

    public func queueStatus(token id: TokenID, now: Timestamp, policy: EngineConfiguration) async throws -> QueueStatus {
        try await write { db in
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

    public func deleteExpiredTokens(now: Timestamp) async throws -> Int {
        try await write { db in
            let waiting = try Self.dropLapsedWaiters(db, now: now)
            let active = try db.run("DELETE FROM token WHERE status = 'active' AND expires_at <= ?", [now.milliseconds])
            return waiting + active
        }
    }

    /// Live active tokens: the ones that count against capacity.
    static func liveActiveCount(_ db: Database, now: Timestamp) throws -> Int {
        Int(try db.int64("SELECT COUNT(*) FROM token WHERE status = 'active' AND expires_at > ?", [now.milliseconds]) ?? 0)
    }

    /// Removes waiting tokens past their expiry so that nobody behind them counts them.
    /// Cheap when there are none: one look at the smallest waiting expiry.
    @discardableResult
    static func dropLapsedWaiters(_ db: Database, now: Timestamp) throws -> Int {
        guard let earliest = try db.int64("SELECT MIN(expires_at) FROM token WHERE status = 'waiting'"),
            earliest <= now.milliseconds
        else { return 0 }
        let sequences = try db.int64s(
            "SELECT seq FROM token WHERE status = 'waiting' AND expires_at <= ?", [now.milliseconds])
        try db.run("DELETE FROM token WHERE status = 'waiting' AND expires_at <= ?", [now.milliseconds])
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

    static func status(of token: TokenRecord, _ db: Database, now: Timestamp, policy: EngineConfiguration) throws -> QueueStatus {
        let phase: QueueStatus.Phase
        switch token.status {
        case .active:
            phase = .active
        case .waiting:
            let position = try QueueIndex.position(of: token.seq, db)
            phase = .waiting(position: position, estimatedWait: try WaitEstimator.estimate(position: position, db, now: now, policy: policy))
        }
        return QueueStatus(
            token: token.id, user: token.user, phase: phase, expiresAt: token.expiresAt,
            waitingCount: try QueueIndex.waitingCount(db), checkedAt: now)
    }
}
