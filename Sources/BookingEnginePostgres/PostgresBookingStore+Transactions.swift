import BookingEngine
import PostgresNIO

/// How the store runs transactions (the isolation per call is on `PostgresBookingStore`).
///
/// A transaction runs on one of the store's threads (`threads`), from `BEGIN` to `COMMIT`
/// on one connection, each statement blocking the thread until its answer comes: the
/// bodies are synchronous, and waiting on a future is allowed off the event loops.
///
/// A connection that turns out dead at `BEGIN` (an idle one, after a server restart) is
/// dropped and the transaction starts again on a new one: nothing was done. One lost later
/// fails the call with a retryable error, as the outcome of its commit is unknown.
extension PostgresBookingStore {
    public func read<T: Sendable>(_ body: @escaping @Sendable (any StoreReading) throws -> T) async throws -> T {
        try await transaction(
            begin: "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", settings: [], lockState: false, readOnly: true) { session in
            try body(PostgresTransaction(session: session))
        }
    }

    public func write<T: Sendable>(_ kind: WriteKind, _ body: @escaping @Sendable (any StoreWriting) throws -> T) async throws -> T {
        try await write(kind, lockingState: true, body)
    }

    /// A write that leaves the state row alone runs without its lock, beside others: the
    /// engine has it take its buyer's row lock first, and two holds racing for one seat meet
    /// on `reservation_live_seat`, whose unique violation runs the loser again, to find the
    /// seat taken.
    public func writeLeavingState<T: Sendable>(
        _ kind: WriteKind, _ body: @escaping @Sendable (any StoreWriting) throws -> T
    ) async throws -> T {
        try await write(kind, lockingState: false, body)
    }

    /// A `.durable` write waits for its commit to be flushed to the server's disk
    /// (`synchronous_commit` on for the transaction); `.call` and `.maintenance` writes keep
    /// the connections' setting, off (see `PostgresLocation.configuration`), which survives
    /// a crash of the server process but may lose the last commits on a power cut (as
    /// SQLite's WAL `NORMAL` does). A write that recorded a change is announced after its
    /// commit (`PostgresChangeAnnouncer`).
    private func write<T: Sendable>(
        _ kind: WriteKind, lockingState: Bool, _ body: @escaping @Sendable (any StoreWriting) throws -> T
    ) async throws -> T {
        let settings: [PostgresQuery] = kind == .durable ? ["SET LOCAL synchronous_commit = on"] : []
        let changes = ChangeMark()
        return try await transaction(
            begin: "BEGIN ISOLATION LEVEL READ COMMITTED", settings: settings, lockState: lockingState, changes: changes,
            retrying: lockingState ? Self.conflictStates : Self.besideConflictStates
        ) { session in
            try body(PostgresTransaction(session: session, changes: changes))
        }
    }

    /// How many times a body runs at most when the server reports a conflict.
    static let attemptLimit = 20

    private func transaction<T: Sendable>(
        begin: PostgresQuery, settings: [PostgresQuery], lockState: Bool, readOnly: Bool = false, changes: ChangeMark? = nil,
        retrying conflicts: Set<String> = conflictStates, _ body: @escaping @Sendable (PostgresSession) throws -> T
    ) async throws -> T {
        let connections = connections
        let announcer = announcer
        return try await Self.threads.runIfActive {
            var attempt = 0
            while true {
                attempt += 1
                let (session, fresh) = try connections.take()
                var started = false
                do {
                    // The opening statements go out together. A write waits for them (it
                    // must hold the lock before reading); a read lets its first statement's
                    // answer wait for them, as the server answers in order, and checks
                    // them before it commits.
                    let opening = ([begin] + settings + (lockState ? ["SELECT 1 FROM state WHERE id = 1 FOR UPDATE"] : []))
                        .map { session.send($0) }
                    if lockState {
                        for answer in opening { _ = try session.answer(answer) }
                        started = true
                    }
                    let result = try body(session)
                    if !lockState {
                        for answer in opening { _ = try session.answer(answer) }
                        started = true
                    }
                    // A read has its answer: its COMMIT goes out without waiting, and the
                    // connection's next transaction is answered after it, in order.
                    if readOnly {
                        _ = session.send("COMMIT")
                    } else {
                        try session.run("COMMIT")
                        if changes?.isSet == true { announcer.committed(on: session) }
                    }
                    connections.giveBack(session)
                    return result
                } catch {
                    if Self.isConnectionLost(error) {
                        connections.discard(session)
                        if !started, !fresh { continue }
                        throw error
                    }
                    do {
                        try session.run("ROLLBACK")
                        connections.giveBack(session)
                    } catch {
                        connections.discard(session)
                    }
                    guard let state = Self.sqlState(error), conflicts.contains(state), attempt < Self.attemptLimit else {
                        throw error
                    }
                }
            }
        }
    }
}
