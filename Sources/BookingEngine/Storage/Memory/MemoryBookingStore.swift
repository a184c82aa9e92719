/// A complete store in memory: the same contract as SQLite's, for tests, demos and tools
/// where a file is not the point. Nothing outlives the process.
///
/// The actor runs one transaction at a time, each start to finish without suspending,
/// so every transaction is serialisable. A write changes the tables in place and keeps
/// an undo journal; a write that throws is undone. The schema's rules (one live
/// reservation per seat, the hold limit, the capacity, balances within the ceiling, one
/// token per buyer, numbers never issued twice) are checked by the primitives themselves.
/// Lookups scan the tables: it is made to be exact, not to hold a million waiters.
public actor MemoryBookingStore: BookingStore {
    private var tables: MemoryTables

    /// A new, empty database with `policy` and, with `qaMode`, a QA clock; its time starts
    /// at `clock`'s reading.
    public init(policy: EngineConfiguration = EngineConfiguration(), qaMode: Bool = false, clock: any EngineClock = SystemClock()) throws(BookingError) {
        if let problem = policy.problems.first {
            throw .invalidRequest(.policyUnusable(problem: problem))
        }
        tables = MemoryTables(policy: policy, qaMode: qaMode, now: clock.now().milliseconds)
    }

    public func read<T: Sendable>(_ body: @escaping @Sendable (any StoreReading) throws -> T) async throws -> T {
        try run(body)
    }

    public func write<T: Sendable>(_ kind: WriteKind, _ body: @escaping @Sendable (any StoreWriting) throws -> T) async throws -> T {
        try run(body)
    }

    /// Lends the tables to a transaction, and takes them back, undone if `body` threw.
    private func run<T>(_ body: (MemoryTransaction) throws -> T) throws -> T {
        var lent = MemoryTables(policy: tables.policy, qaMode: false, now: 0)
        swap(&lent, &tables)
        let transaction = MemoryTransaction(tables: lent)
        defer { tables = transaction.finish() }
        do {
            return try body(transaction)
        } catch {
            transaction.undo()
            throw error
        }
    }

    public nonisolated func describe(_ error: any Error) -> BookingError {
        (error as? BookingError) ?? .storageFailure(.said(String(describing: error)))
    }

    public nonisolated var diagnostics: (any StoreDiagnostics)? { MemoryDiagnostics(store: self) }

    /// Checks SPEC.md's invariants on the tables (see `MemoryAudit`).
    func audit(at now: Timestamp, holdsSweptAt: Timestamp?) -> AuditReport {
        MemoryAudit.report(tables, at: now.milliseconds, holdsSweptAt: holdsSweptAt?.milliseconds)
    }
}

/// What the in-memory store tells an operator.
struct MemoryDiagnostics: StoreDiagnostics {
    let store: MemoryBookingStore

    func audit(at now: Timestamp, holdsSweptAt: Timestamp?) async throws -> AuditReport {
        await store.audit(at: now, holdsSweptAt: holdsSweptAt)
    }

    var storageDescription: String { "memory (nothing is kept after the process ends)" }

    func operatorWarning() async -> String? { nil }
}
