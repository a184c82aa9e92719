import Logging
import Synchronization

/// The booking engine: every flow of SPEC.md as an async call, over a `BookingStore`.
///
/// The engine owns the rules (`Rules/` and the flows in `BookingEngine+*.swift`); the store
/// owns transactions and storage. Each call is one transaction that reads the database's
/// policy and clock first and works at the database's time (`EngineTime`), so every
/// process on a database applies one policy at one time. Every failure is a `BookingError`.
public final class BookingEngine: Sendable {
    /// This process's clock; the engine's time comes from it and the database (`now()`).
    public let clock: any EngineClock
    /// What this process did that the database does not keep: failures and notes. The
    /// database's own events (every process's) are `recentEvents`.
    public let events = EngineEventLog()
    let store: any BookingStore
    let logger: Logger
    /// How keep-alives of waiting tokens are written.
    let keepAliveWrites: KeepAliveWrites
    /// Keep-alives waiting to be written together (see `KeepAliveBatch`).
    let keepAlives = KeepAliveBatch()
    /// Counts lapsed waiters out in the background, one run at a time.
    let lapseCounting = OneAtATime()
    private let observed: Mutex<Observed>

    /// What the last transaction saw: the policy and how engine time relates to this
    /// process's clock.
    private struct Observed {
        var policy: EngineConfiguration
        var engineTime: Int64
        var processTime: Int64
        var qaOffset: Int64?
    }

    /// An engine over `store`, which must hold a database (its policy is read now).
    public init(
        store: any BookingStore, clock: any EngineClock = SystemClock(), keepAliveWrites: KeepAliveWrites = .immediate,
        logger: Logger = Logger(label: "boxoffice.engine")
    ) async throws(BookingError) {
        self.store = store
        self.clock = clock
        self.keepAliveWrites = keepAliveWrites
        self.logger = logger
        let process = clock.now()
        observed = Mutex(Observed(policy: EngineConfiguration(), engineTime: process.milliseconds, processTime: process.milliseconds))
        _ = try await read { _, _, _ in () }
    }

    /// The database's policy, as of the latest call (an operator may change it meanwhile).
    public var configuration: EngineConfiguration { observed.withLock { $0.policy } }

    /// Whether the database is in QA mode, whose clock can be moved.
    public var isQAMode: Bool { observed.withLock { $0.qaOffset != nil } }

    /// Engine time now, for countdowns: the database's time at the latest call, moved on
    /// by this process's clock since (never behind this process's own reading).
    public func now() -> Timestamp {
        let process = clock.now().milliseconds
        return observed.withLock { seen in
            Timestamp(milliseconds: max(process &+ (seen.qaOffset ?? 0), seen.engineTime &+ max(0, process - seen.processTime)))
        }
    }

    /// Runs `body` on a consistent snapshot, at the database's time.
    func read<T: Sendable>(
        _ body: @escaping @Sendable (any StoreReading, StoredState, EngineTime) throws -> T
    ) async throws(BookingError) -> T {
        let clock = clock
        let (result, state, time, process) = try await perform {
            try await store.read { tx in
                let process = clock.now()
                let state = try tx.state()
                let time = EngineTime(process: process, stored: state.clock, policy: state.policy)
                return (try body(tx, state, time), state, time, process)
            }
        }
        observe(state, time, process)
        return result
    }

    /// Runs `body` in one write transaction at the database's time. Changes `body` makes
    /// to the state's line counters, policy or clock are saved with it, and the clock
    /// records the transaction's time.
    func write<T: Sendable>(
        _ kind: WriteKind = .call, _ body: @escaping @Sendable (any StoreWriting, inout StoredState, EngineTime) throws -> T
    ) async throws(BookingError) -> T {
        let clock = clock
        let (result, state, time, process) = try await perform {
            try await store.write(kind) { tx in
                let process = clock.now()
                let before = try tx.state()
                let time = EngineTime(process: process, stored: before.clock, policy: before.policy)
                var state = before
                state.clock = time.clock
                let result = try body(tx, &state, time)
                if state.clock != before.clock || state.line != before.line { try tx.saveClock(state.clock, line: state.line) }
                if state.policy != before.policy { try tx.savePolicy(state.policy) }
                return (result, state, time, process)
            }
        }
        observe(state, time, process)
        return result
    }

    /// Runs `body` in one write transaction that leaves the stored state as it is: the
    /// clock is not recorded, and `body` may not change the policy or the line. `body` takes
    /// its buyer's turn first (`StoreWriting.takeBuyerTurn`), so that a store may run these
    /// writes beside each other (`BookingStore.writeLeavingState`).
    func writeLeavingState<T: Sendable>(
        _ kind: WriteKind = .call, _ body: @escaping @Sendable (any StoreWriting, StoredState, EngineTime) throws -> T
    ) async throws(BookingError) -> T {
        let clock = clock
        let (result, state, time, process) = try await perform {
            try await store.writeLeavingState(kind) { tx in
                let process = clock.now()
                let state = try tx.state()
                let time = EngineTime(process: process, stored: state.clock, policy: state.policy)
                return (try body(tx, state, time), state, time, process)
            }
        }
        observe(state, time, process)
        return result
    }

    private func observe(_ state: StoredState, _ time: EngineTime, _ process: Timestamp) {
        observed.withLock { seen in
            seen.policy = state.policy
            seen.qaOffset = state.clock.qaOffset
            let engineTime = max(time.now, state.clock.recorded)
            if engineTime >= seen.engineTime {
                seen.engineTime = engineTime
                seen.processTime = process.milliseconds
            }
        }
    }

    /// Runs a store call, turning any failure into a `BookingError`.
    func perform<T: Sendable>(_ body: () async throws -> T) async throws(BookingError) -> T {
        do {
            return try await body()
        } catch let error as BookingError {
            throw error
        } catch {
            let mapped = store.describe(error)
            logger.error("storage failure: \(error)")
            throw mapped
        }
    }
}
