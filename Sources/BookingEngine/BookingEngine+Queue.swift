extension BookingEngine {
    /// Flow 1: a place in line for `user`. Asking again while the token is live returns
    /// the same token and place. When nobody waits and there is room, the buyer is
    /// admitted at once.
    public func issueToken(user: String) async throws(BookingError) -> QueueStatus {
        try await joinLine(user: user).status
    }

    /// Flow 1, saying whether the token is new: `issueToken`'s answer, and false when the
    /// buyer already had a live token (for callers that report the two apart).
    public func joinLine(user: String) async throws(BookingError) -> (status: QueueStatus, isNew: Bool) {
        try await noting(.joinLine) { () async throws(BookingError) in
            let user = try BuyerName.validate(user)
            let secret = TokenSecret.random()
            return try await write { tx, state, time in
                try QueueLine.countStep(tx, &state.line, time)
                if let number = try tx.tokenNumber(ofBuyer: user), let existing = try tx.token(number: number) {
                    if QueueLine.isLive(existing, state.line, time) {
                        return (try Self.status(of: Self.keptAlive(existing, tx, state, time), tx, state, time).status, false)
                    }
                    try QueueLine.forget(existing, tx, &state.line)
                }
                return (try Self.join(user, secret: secret, tx, &state, time), true)
            }
        }
    }

    /// A new token at the end of the line, admitted at once when it is alone in line and
    /// there is room.
    private static func join(_ user: String, secret: TokenSecret, _ tx: any StoreWriting, _ state: inout StoredState, _ time: EngineTime) throws -> QueueStatus {
        let number = state.line.nextNumber
        guard number <= QueueLine.lastNumber else {
            throw BookingError.storageFailure(.lineExhausted)
        }
        state.line.nextNumber += 1
        let lifetime = state.policy.waitingTokenLifetime.wholeMilliseconds
        var token = TokenRow(
            number: number, secret: secret.hex, buyer: user, status: .waiting,
            expiresAt: time.lineNow + lifetime + QueueLine.slack(state.policy), issuedAt: time.now)
        try tx.insertToken(token)
        var status = try Self.status(of: token, tx, state, time).status
        if status.waitingCount == 1 {
            _ = try tx.deleteExpiredActiveTokens(now: time.now)
            if try tx.activeCount() < state.policy.activeCapacity {
                token.status = .active
                token.expiresAt = time.now + state.policy.activeTokenLifetime.wholeMilliseconds
                try QueueLine.activate([number], upTo: number, tx, &state.line, until: token.expiresAt)
                status = try Self.status(of: token, tx, state, time).status
            }
        }
        try tx.record(.joinedLine(buyer: user, token: status.token.short, position: status.position), time)
        return status
    }

    /// Flow 2: the token's place in line (exact), whether it is active, and the estimated
    /// wait. Polling keeps a waiting token alive for the full waiting lifetime; usually the
    /// poll itself only reads, and the keep-alive is written with others (`KeepAliveBatch`).
    public func queueStatus(token id: TokenID) async throws(BookingError) -> QueueStatus {
        let mode = keepAliveWrites
        let (answer, due, backlog) = try await read { tx, state, time -> (QueueStatus?, QueueLine.KeepAlive, Int64) in
            var token = try Self.liveToken(id, tx, state.line, time)
            let due = QueueLine.keepAlive(token, time, policy: state.policy)
            switch (due, mode) {
            case (.notDue, _): break
            case (.batched(let expiry), .batched): token.expiresAt = expiry.expiresAt
            case (.now, _), (.batched, .immediate): return (nil, due, 0)
            }
            let (status, backlog) = try Self.status(of: token, tx, state, time)
            return (status, due, backlog)
        }
        if backlog > QueueLine.readableBacklog { countLapsesInBackground() }
        if let answer {
            if case .batched(let expiry) = due { keepAlives.add(expiry, engine: self) }
            return answer
        }
        return try await write { tx, state, time in
            try QueueLine.countStep(tx, &state.line, time)
            let token = try Self.liveToken(id, tx, state.line, time)
            return try Self.status(of: Self.keptAlive(token, tx, state, time), tx, state, time).status
        }
    }

    /// Flow 3: admits the oldest waiting tokens up to the active capacity. Returns how many.
    @discardableResult
    public func runAdmission() async throws(BookingError) -> Int {
        try await noting(.admission) { () async throws(BookingError) in
            try await write(.maintenance) { tx, state, time in
                try QueueLine.countStep(tx, &state.line, time)
                try tx.pruneAdmissions(before: time.now - WaitEstimator.window.wholeMilliseconds)
                _ = try tx.deleteExpiredActiveTokens(now: time.now)
                let room = state.policy.activeCapacity - (try tx.activeCount())
                let admitted = try QueueLine.admit(room: room, tx, &state.line, time, policy: state.policy)
                if !admitted.isEmpty {
                    try tx.logAdmission(at: time.now, admitted: admitted.count)
                    try tx.record(.admitted(count: admitted.count), time)
                }
                return admitted.count
            }
        }
    }

    /// Flow 4: deletes tokens past their expiry, and request keys past their keeping time.
    /// Lapsed waiters are counted out first, then deleted, in short transactions, so a
    /// large backlog never holds the database for long; places stay exact meanwhile.
    /// Returns how many tokens were deleted.
    @discardableResult
    public func sweepExpiredTokens() async throws(BookingError) -> Int {
        try await noting(.tokenSweep) { () async throws(BookingError) in
            try await countLapses()
            var deleted = 0
            while true {
                let batch = try await write(.maintenance) { tx, state, _ in
                    try tx.deleteCountedWaiters(mark: state.line.lapseMark, limit: Self.sweepBatch)
                }
                deleted += batch
                if batch < Self.sweepBatch { break }
            }
            let waiters = deleted
            return try await write(.maintenance) { tx, _, time in
                let total = waiters + (try tx.deleteExpiredActiveTokens(now: time.now))
                try tx.pruneIdempotent(before: time.now - IdempotencyKey.kept.wholeMilliseconds)
                if total > 0 { try tx.record(.tokensDeleted(count: total), time) }
                return total
            }
        }
    }

    /// Waiting rows one sweep transaction deletes at most.
    static let sweepBatch = 1_000

    /// Counts every lapsed waiter out, a bounded step per transaction.
    func countLapses() async throws(BookingError) {
        while try await write(.maintenance, { tx, state, time in try QueueLine.countStep(tx, &state.line, time) }) {}
    }

    /// Starts `countLapses` in the background unless it is already running. A failure
    /// loses nothing: places stay exact, only reads are slower until a write counts them.
    func countLapsesInBackground() {
        lapseCounting.start { [self] in try? await countLapses() }
    }

    /// The token `id` names, if it is live: `tokenNotFound` for an unknown id, a wrong
    /// secret or a lapsed waiter, `tokenExpired` for a shopper past their time.
    static func liveToken(_ id: TokenID, _ tx: any StoreReading, _ line: LineCounters, _ time: EngineTime) throws -> TokenRow {
        guard let (secret, number) = id.parts, let token = try tx.token(number: number), token.secret == secret.hex else {
            throw BookingError.tokenNotFound
        }
        guard QueueLine.isLive(token, line, time) else {
            throw token.status == .active ? BookingError.tokenExpired : BookingError.tokenNotFound
        }
        return token
    }

    /// The live token `id` names if it is admitted; a waiting token fails with its place.
    static func activeToken(_ id: TokenID, _ tx: any StoreReading, _ state: StoredState, _ time: EngineTime) throws -> TokenRow {
        let token = try liveToken(id, tx, state.line, time)
        if token.status == .waiting {
            let place = try QueueLine.figures(tx, state.line, time, number: token.number).place
            throw BookingError.tokenNotActive(position: Int(place))
        }
        return token
    }

    /// A live token after the keep-alive a poll owes it, written in this transaction.
    static func keptAlive(_ token: TokenRow, _ tx: any StoreWriting, _ state: StoredState, _ time: EngineTime) throws -> TokenRow {
        switch QueueLine.keepAlive(token, time, policy: state.policy) {
        case .notDue:
            return token
        case .now(let expiry), .batched(let expiry):
            guard try tx.extendWaiters([expiry], lineNow: time.lineNow) == 1 else {
                throw BookingError.storageFailure(.waitingPlaceNotKept)
            }
            var kept = token
            kept.expiresAt = expiry.expiresAt
            return kept
        }
    }

    /// The token's status, and how many uncounted lapses the read had to count.
    static func status(of token: TokenRow, _ tx: any StoreReading, _ state: StoredState, _ time: EngineTime) throws -> (status: QueueStatus, backlog: Int64) {
        let waiting = token.status == .waiting
        let figures = try QueueLine.figures(tx, state.line, time, number: waiting ? token.number : nil)
        let phase: QueueStatus.Phase
        let expiresAt: Timestamp
        if waiting {
            let admissions = try tx.admissions(since: time.now - WaitEstimator.window.wholeMilliseconds)
            let estimate = WaitEstimator.estimate(position: Int(figures.place), admissions, now: time.now, policy: state.policy)
            phase = .waiting(position: Int(figures.place), estimatedWait: estimate)
            expiresAt = time.engineTime(ofLineTime: token.expiresAt)
        } else {
            phase = .active
            expiresAt = Timestamp(milliseconds: token.expiresAt)
        }
        let status = QueueStatus(
            token: token.id, user: token.buyer, phase: phase, expiresAt: expiresAt, waitingCount: Int(figures.waiting),
            checkedAt: time.moment)
        return (status, figures.backlog)
    }
}
