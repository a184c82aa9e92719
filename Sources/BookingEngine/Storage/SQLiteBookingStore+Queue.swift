import GRDB

extension SQLiteBookingStore {
    public func issueToken(user: String, secret: TokenSecret, now: Timestamp, policy: EngineConfiguration) async throws -> QueueStatus {
        try await write { db in
            var arrival = try Arrival.read(user: user, now: now, db)
            if arrival.lapsedWaitersUncounted {
                try LapsedWaiters.count(db, now: now)
                arrival = try Arrival.read(user: user, now: now, db)
            }
            var mark = arrival.mark
            if let existing = arrival.existing {
                if existing.isLive(at: now) {
                    return try Self.status(of: Self.keepAlive(existing, db, now: now, policy: policy), db, now: now, policy: policy).status
                }
                try LapsedWaiters.forget(existing, db)
            }
            let seq = try QueueIndex.issuable(arrival.nextNumber)
            let expiry = now + policy.waitingTokenLifetime
            try db.run(
                "INSERT INTO buyer (name, token_seq) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET token_seq = excluded.token_seq",
                bound: [.text(user), .integer(seq)])
            try db.run(
                """
                INSERT INTO token (seq, secret, user, status, created_at, expires_at)
                VALUES (?, ?, ?, 'waiting', ?, ?)
                """, bound: [.integer(seq), .text(secret.hex), .text(user), .integer(now.milliseconds), .integer(expiry.milliseconds)])
            if seq - mark.talliedThrough >= WaitingTally.block {
                mark = try WaitingTally.catchUp(db, through: seq, mark)
            }
            let id = TokenID(secret: secret.hex, sequence: seq)
            let token = TokenRecord(id: id, user: user, seq: seq, status: .waiting, expiresAt: expiry, mark: mark)
            // The newest token is last in line: its place is the number waiting, from the
            // line's totals; it is alone in line when that is 1. Unless a backlog was left
            // (or another process's clock has it lapse at once), every lapsed waiter is
            // counted out by now, so the totals need no scan for them.
            let line = !arrival.lapsedWaitersUncounted && expiry.milliseconds > mark.lapseTime(now)
                ? try LineFigures.totals(issued: seq, now: now, db)
                : try LineFigures.read(for: 0, mark: mark, now: now, db)
            if line.waitingCount == 1, try Self.liveActiveCount(db, now: now) < policy.activeCapacity {
                try Self.activate(upTo: seq, [(expiry.milliseconds, seq)], db, mark: mark, now: now, policy: policy, fromTheLine: false)
                let admitted = TokenRecord(
                    id: id, user: user, seq: seq, status: .active, expiresAt: now + policy.activeTokenLifetime, mark: mark)
                return try Self.status(of: admitted, db, now: now, policy: policy).status
            }
            return Self.status(of: token, position: line.waitingCount, line, now: now, policy: policy)
        }
    }

    /// Flow 2, usually as a read that waits for no writer. A poll writes only when the
    /// waiting token's stored expiry has fallen more than `keepAliveSlack` behind a full
    /// waiting lifetime (with the 2-min default a waiter polling every 5 s writes once every
    /// 10 s at most, and lives between 1:50 and 2:00 after its last poll). Lapsed waiters
    /// not counted out yet are counted by the read itself; when it finds more than
    /// `LapsedWaiters.readable`, it also starts counting them out in the background so that
    /// the next reads are cheap again (see `LapsedWaiters`).
    public func queueStatus(token id: TokenID, now: Timestamp, policy: EngineConfiguration) async throws -> QueueStatus {
        let (status, backlog) = try await read { db in try Self.statusUnlessKeepAliveDue(id, db, now: now, policy: policy) }
        if backlog > LapsedWaiters.readable { countLapsedWaitersInBackground(now: now) }
        if let status { return status }
        return try await write { db in
            try LapsedWaiters.count(db, now: now)
            let token = try Self.keepAlive(TokenRecord.live(id, at: now, db), db, now: now, policy: policy)
            return try Self.status(of: token, db, now: now, policy: policy).status
        }
    }

    public func admit(now: Timestamp, policy: EngineConfiguration) async throws -> Int {
        try await maintenanceWrite { db in
            let mark = try LapsedWaiters.count(db, now: now).mark
            try db.run("DELETE FROM admission_log WHERE at < ?", [(now - WaitEstimator.window).milliseconds])
            let room = policy.activeCapacity - (try Self.liveActiveCount(db, now: now))
            guard room > 0 else { return 0 }
            let waiters = try db.int64Pairs(
                """
                SELECT expires_at, seq FROM token NOT INDEXED
                WHERE seq > (SELECT admitted_through FROM line_counter WHERE id = 1) AND status = 'waiting' AND expires_at > ?
                ORDER BY seq LIMIT ?
                """, [.integer(mark.lapseTime(now)), .int(room)])
            guard let last = waiters.last?.1 else { return 0 }
            try Self.activate(upTo: last, waiters.map { ($0.0, $0.1) }, db, mark: mark, now: now, policy: policy, fromTheLine: true)
            return waiters.count
        }
    }

    /// Flow 4. Lapsed waiters are counted out, then deleted, in short transactions (see
    /// `LapsedWaiters`), so a large backlog never holds the write lock for long; positions
    /// stay exact meanwhile.
    public func deleteExpiredTokens(now: Timestamp) async throws -> Int {
        try await countLapsedWaiters(now: now)
        var deleted = 0
        while true {
            let batch = try await maintenanceWrite { db in try LapsedWaiters.deleteCounted(db) }
            deleted += batch
            if batch < LapsedWaiters.deleteBatch { break }
        }
        return deleted + (try await maintenanceWrite { db in
            try db.run("DELETE FROM token WHERE status = 'active' AND expires_at <= ?", [now.milliseconds])
        })
    }

    /// Counts every waiter lapsed at `now` as a departure, `LapsedWaiters.step` per transaction.
    func countLapsedWaiters(now: Timestamp) async throws {
        while try await maintenanceWrite({ db in try LapsedWaiters.count(db, now: now).counted }) == LapsedWaiters.step {}
    }

    /// Starts `countLapsedWaiters` in a background task unless this process already runs
    /// one. A failure there loses nothing: reads stay exact, only slower, until a later
    /// write or the sweep counts the backlog out.
    func countLapsedWaitersInBackground(now: Timestamp) {
        lapsedWaiterCounting.start { [self] in try? await countLapsedWaiters(now: now) }
    }

    /// How far a waiting token's stored expiry may fall behind a full lifetime before a
    /// poll writes a new one: a twelfth of the lifetime (10 s of the default 2 min).
    static func keepAliveSlack(_ policy: EngineConfiguration) -> Duration {
        policy.waitingTokenLifetime / 12
    }

    /// Live active tokens: the ones that count against capacity.
    static func liveActiveCount(_ db: Database, now: Timestamp) throws -> Int {
        Int(try db.int64("SELECT COUNT(*) FROM token WHERE status = 'active' AND expires_at > ?", [now.milliseconds]) ?? 0)
    }

    /// Admits the live waiting tokens numbered up to `last` (which are exactly `waiters`,
    /// given by expiry and number; lapsed waiters among those numbers stay to be counted
    /// out), the first live waiters in line: after them no live waiter is numbered at or
    /// below `last`, and none ever will be (numbers only grow, and a lapsed waiter never
    /// comes back), so the next admission starts after it. `mark` is the line counter's,
    /// read in this transaction.
    /// Admissions from the line feed the wait estimate; an instant admission into an empty
    /// line says nothing about how fast the line moves, so it is not logged.
    static func activate(
        upTo last: Int64, _ waiters: [(expiry: Int64, seq: Int64)], _ db: Database, mark: LapsedWaiters.Mark, now: Timestamp,
        policy: EngineConfiguration, fromTheLine: Bool
    ) throws {
        try db.run(
            """
            UPDATE token NOT INDEXED SET status = 'active', admitted_at = ?, expires_at = ?
            WHERE seq > (SELECT admitted_through FROM line_counter WHERE id = 1) AND seq <= ?
                AND status = 'waiting' AND expires_at > ?
            """, [now.milliseconds, (now + policy.activeTokenLifetime).milliseconds, last, mark.lapseTime(now)])
        try db.run("UPDATE line_counter SET admitted_through = max(admitted_through, ?) WHERE id = 1", [last])
        try QueueIndex.recordDepartures(db, sequences: waiters.map(\.seq))
        try WaitingTally.add(db, delta: -1, waiters: waiters.filter { $0.seq <= mark.talliedThrough })
        if fromTheLine {
            try db.run("INSERT INTO admission_log (at, admitted) VALUES (?, ?)", [now.milliseconds, waiters.count])
        }
    }

    /// A poll keeps a waiting token in line for another waiting lifetime.
    static func keepAlive(_ token: TokenRecord, _ db: Database, now: Timestamp, policy: EngineConfiguration) throws -> TokenRecord {
        guard token.status == .waiting else { return token }
        let expiry = now + policy.waitingTokenLifetime
        try db.run("UPDATE token SET expires_at = ? WHERE seq = ?", [expiry.milliseconds, token.seq])
        if token.mark.tallies(expiresAt: token.expiresAt.milliseconds, seq: token.seq) {
            try WaitingTally.move(db, seq: token.seq, from: token.expiresAt.milliseconds, to: expiry.milliseconds)
        }
        return token.expiring(at: expiry)
    }

    /// The status of a poll that need not write (nil when the token is due for keep-alive),
    /// and how many lapsed waiters the read had to count itself.
    static func statusUnlessKeepAliveDue(
        _ id: TokenID, _ db: Database, now: Timestamp, policy: EngineConfiguration
    ) throws -> (status: QueueStatus?, backlog: Int64) {
        let token = try TokenRecord.live(id, at: now, db)
        if token.status == .waiting, token.expiresAt < now + policy.waitingTokenLifetime - keepAliveSlack(policy) {
            return (nil, 0)
        }
        return try status(of: token, db, now: now, policy: policy)
    }

    /// The token's status, and how many lapsed waiters not counted out yet were discounted.
    static func status(
        of token: TokenRecord, _ db: Database, now: Timestamp, policy: EngineConfiguration
    ) throws -> (status: QueueStatus, backlog: Int64) {
        let waiting = token.status == .waiting
        let figures = try LineFigures.read(for: waiting ? token.seq : 0, mark: token.mark, now: now, db)
        return (status(of: token, position: figures.position, figures, now: now, policy: policy), figures.uncountedLapsed)
    }

    /// The token's status given the line's figures and, for a waiting token, its place.
    static func status(
        of token: TokenRecord, position: Int, _ figures: LineFigures, now: Timestamp, policy: EngineConfiguration
    ) -> QueueStatus {
        let phase: QueueStatus.Phase = token.status == .waiting
            ? .waiting(position: position, estimatedWait: WaitEstimator.estimate(position: position, figures, now: now, policy: policy))
            : .active
        return QueueStatus(
            token: token.id, user: token.user, phase: phase, expiresAt: token.expiresAt,
            waitingCount: figures.waitingCount, checkedAt: now)
    }
}
