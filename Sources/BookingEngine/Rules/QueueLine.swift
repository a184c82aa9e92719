/// The waiting line: exact places for any number of waiters, the same for every store.
///
/// Each token gets the next number in line (1, 2, 3, …), never reused. A waiter keeps its
/// place by polling: each poll keeps the token alive for the waiting lifetime, counted in
/// line time (see `EngineTime`). A waiter whose expiry has passed has **lapsed**: it has left
/// the line at that instant, whether or not anything has been written since.
///
/// Your place is one more than the live waiters numbered below you. Three stored facts
/// give it without counting them one by one:
///
/// - **Admission's high-water mark** `a` (`LineCounters.admittedThrough`): admission takes
///   the first live waiters in number order, so after it no live waiter is numbered at or
///   below the last one it took. Everyone numbered at or below `a` is gone.
/// - **The lapse tree** (`LapseTree`): lapses of waiters numbered above `a`, counted by
///   number, so the lapses below any number cost a few rows to sum.
/// - **The lapse mark** (`LineCounters.lapseMark`, one line time): every waiter expiring at
///   or before it has been counted into the tree (or needed no counting, being at or
///   below `a`). Lapses after the mark are not counted yet; a read counts them itself, from
///   the index of waiters by expiry, and they are few: every write to the line first counts
///   out a bounded step of them (`countStep`), a read that finds many asks for that in the
///   background, and the token sweep counts them all before it deletes their rows.
///
/// So for a waiter numbered `n`:
///
///     place = (n − 1 − a) − (tree lapses below n − tree lapses at or below a)
///             − (uncounted lapses numbered between a and n) + 1
///
/// and the number waiting is the same sum taken to the newest number. The tree's lapses
/// at or below `a` are kept in `LineCounters.lapsesAdmittedPast` when admission moves `a`,
/// and its total in `lapsesCounted`, so a place in line reads the tree's nodes below `n`,
/// the uncounted lapses, and nothing that grows with the line.
enum QueueLine {
    /// The most lapsed waiters one counting step handles.
    static let countStepLimit = 2_000
    /// Uncounted lapses a read may find before it asks for them to be counted out.
    static let readableBacklog: Int64 = 16
    /// The last number the line can issue (see `LapseTree.nodeLimit`).
    static let lastNumber: Int64 = (LapseTree.nodeLimit << LapseTree.bucketShift) - 1

    /// Where the line stands for one waiter (or for nobody: `number` nil).
    struct Figures {
        /// Live waiters in the whole line.
        let waiting: Int64
        /// The waiter's place, 1 for the next to be admitted; 0 when no waiter was asked about.
        let place: Int64
        /// Lapsed waiters not counted out yet that the read had to count.
        let backlog: Int64
    }

    /// The line's figures at `time`, and the place of the waiter numbered `number`.
    static func figures(_ tx: any StoreReading, _ line: LineCounters, _ time: EngineTime, number: Int64? = nil) throws -> Figures {
        let a = line.admittedThrough
        let uncounted = try tx.uncountedLapses(mark: line.lapseMark, lineNow: time.lineNow, after: a, before: number)
        let issuedAbove = line.nextNumber - 1 - a
        let waiting = issuedAbove - (line.lapsesCounted - line.lapsesAdmittedPast) - uncounted.total
        guard let number else { return Figures(waiting: waiting, place: 0, backlog: uncounted.total) }
        let (sum, own) = LapseTree.nodes(below: number)
        let below = LapseTree.count(below: number, try tx.lapseNodes(sum + [own]))
        let place = (number - 1 - a) - (below - line.lapsesAdmittedPast) - uncounted.below + 1
        return Figures(waiting: waiting, place: place, backlog: uncounted.total)
    }

    /// Counts out up to about `limit` lapsed waiters: records those above `a` in the tree
    /// and moves the mark past them. Returns whether more may be left to count at `time`.
    ///
    /// The mark is one line time, so a step ends between two expiry times: when the step
    /// is full, the waiters of its last expiry time are left to the next step, unless they
    /// are all it found (then all of them are counted, however many share that instant).
    @discardableResult
    static func countStep(_ tx: any StoreWriting, _ line: inout LineCounters, _ time: EngineTime, limit: Int = countStepLimit) throws -> Bool {
        var lapsed = try tx.firstUncountedLapses(mark: line.lapseMark, lineNow: time.lineNow, limit: limit)
        guard let last = lapsed.last else {
            line.lapseMark = max(line.lapseMark, time.lineNow)
            return false
        }
        let full = lapsed.count >= limit
        let mark: Int64
        if lapsed.count < limit {
            mark = time.lineNow
        } else if lapsed.first?.expiresAt == last.expiresAt {
            lapsed = try tx.waiters(expiringAt: last.expiresAt)
            mark = last.expiresAt
        } else {
            lapsed.removeAll { $0.expiresAt == last.expiresAt }
            mark = last.expiresAt - 1
        }
        try recordLapses(lapsed.map(\.number), tx, &line)
        line.lapseMark = mark
        return full
    }

    /// Records that the waiters numbered `numbers` lapsed (those at or below `a` need no record).
    static func recordLapses(_ numbers: [Int64], _ tx: any StoreWriting, _ line: inout LineCounters) throws {
        let counted = numbers.filter { $0 > line.admittedThrough }
        guard !counted.isEmpty else { return }
        try tx.addToLapseNodes(LapseTree.additions(for: counted))
        line.lapsesCounted += Int64(counted.count)
    }

    /// Deletes a token that is no longer live, recording the lapse of a waiter that nobody
    /// counted out yet.
    static func forget(_ token: TokenRow, _ tx: any StoreWriting, _ line: inout LineCounters) throws {
        if token.status == .waiting, token.expiresAt > line.lapseMark {
            try recordLapses([token.number], tx, &line)
        }
        try tx.deleteToken(number: token.number)
    }

    /// Admits up to `room` of the first live waiters; returns their numbers.
    static func admit(room: Int, _ tx: any StoreWriting, _ line: inout LineCounters, _ time: EngineTime, policy: EngineConfiguration) throws -> [Int64] {
        guard room > 0 else { return [] }
        let numbers = try tx.firstLiveWaiters(after: line.admittedThrough, lineNow: time.lineNow, limit: room)
        guard let last = numbers.last else { return [] }
        try activate(numbers, upTo: last, tx, &line, until: time.now + policy.activeTokenLifetime.wholeMilliseconds)
        return numbers
    }

    /// Activates `numbers`, which are exactly the live waiters numbered up to `last` above
    /// `a`, and moves `a` to `last`, keeping the tree's lapses at or below it.
    static func activate(_ numbers: [Int64], upTo last: Int64, _ tx: any StoreWriting, _ line: inout LineCounters, until expiry: Int64) throws {
        let changed = try tx.activate(numbers, until: expiry)
        guard changed == numbers.count else {
            throw BookingError.storageFailure(.said("admission changed \(changed) tokens instead of \(numbers.count); nothing was admitted"))
        }
        let (sum, own) = LapseTree.nodes(below: last + 1)
        line.lapsesAdmittedPast = LapseTree.count(below: last + 1, try tx.lapseNodes(sum + [own]))
        line.admittedThrough = last
    }

    /// Whether a poll at `time` must move the waiter's expiry, and whether it must do so at
    /// once rather than in the next batch (see `KeepAliveBatch`). A poll guarantees the
    /// full waiting lifetime after it: the stored expiry is moved when it falls short of
    /// that, to a lifetime and a slack ahead, so a polling waiter writes once per slack.
    static func keepAlive(_ token: TokenRow, _ time: EngineTime, policy: EngineConfiguration) -> KeepAlive {
        let lifetime = policy.waitingTokenLifetime.wholeMilliseconds
        guard token.status == .waiting, token.expiresAt < time.lineNow + lifetime else { return .notDue }
        let expiry = WaiterExpiry(number: token.number, expiresAt: time.lineNow + lifetime + slack(policy))
        return token.expiresAt - time.lineNow < lifetime / 4 ? .now(expiry) : .batched(expiry)
    }

    /// What a poll owes a waiter's expiry.
    enum KeepAlive: Equatable {
        case notDue
        /// Close enough to lapsing that the poll writes it itself.
        case now(WaiterExpiry)
        /// Written within a second by the keep-alive batch.
        case batched(WaiterExpiry)
    }

    /// How far ahead of a full lifetime a keep-alive moves the expiry: a twelfth of the
    /// lifetime, so a waiter polling every few seconds writes about once per that slack.
    static func slack(_ policy: EngineConfiguration) -> Int64 {
        policy.waitingTokenLifetime.wholeMilliseconds / 12
    }

    /// Whether `token` is live at `time`: a waiter until its expiry in line time (and never
    /// once counted out), an admitted buyer until their shopping time ends.
    static func isLive(_ token: TokenRow, _ line: LineCounters, _ time: EngineTime) -> Bool {
        switch token.status {
        case .waiting: token.expiresAt > max(time.lineNow, line.lapseMark)
        case .active: token.expiresAt > time.now
        }
    }
}
