/// Where the engine keeps its state: the seam between the booking rules and a database.
///
/// The contract every store keeps:
/// - `read` and `write` run `body` in one transaction, serialisable with every other
///   transaction on the same data, from any process: `body` sees one consistent snapshot,
///   and a write either commits everything `body` did or nothing. A store may run `body`
///   again after a conflict it could not prevent (so `body` must not act outside the store).
/// - `body` throws to roll back; `write` commits only when it returns.
/// - A store assumes nothing about the calls it gets: everything a rule depends on (a
///   token, an owner, a free seat, a balance) is read inside the same transaction that
///   acts on it, and what its schema promises (see `StoreWriting`) holds whatever the caller.
/// - `.durable` writes (money) are on stable storage when `write` returns.
///
/// The rules themselves live in the engine and are the same for every store.
public protocol BookingStore: Sendable {
    /// Runs `body` on a consistent snapshot.
    func read<T: Sendable>(_ body: @escaping @Sendable (any StoreReading) throws -> T) async throws -> T
    /// Runs `body` in one write transaction and commits it.
    func write<T: Sendable>(_ kind: WriteKind, _ body: @escaping @Sendable (any StoreWriting) throws -> T) async throws -> T
    /// Like `write`, for a `body` that leaves the stored state (policy, clock, line
    /// counters) as it is and takes its buyer's turn (`takeBuyerTurn`) before it reads what
    /// it decides on. A store whose writes otherwise take turns on the state may run such
    /// writes beside each other; the others see each one whole or not at all.
    func writeLeavingState<T: Sendable>(_ kind: WriteKind, _ body: @escaping @Sendable (any StoreWriting) throws -> T) async throws -> T
    /// Turns a storage-level error into the `BookingError` a person should see.
    func describe(_ error: any Error) -> BookingError
    /// What the store can tell an operator beyond the contract; nil when nothing.
    var diagnostics: (any StoreDiagnostics)? { get }
}

/// How a write transaction is run.
public enum WriteKind: Sendable {
    /// A short call that answers a person.
    case call
    /// A call that moves points: on stable storage when the call returns (power loss included).
    case durable
    /// Scheduler work with longer transactions, kept away from the calls that answer people.
    case maintenance
}

/// What a store can tell an operator beyond the contract: an audit of its invariants and
/// facts about the storage itself.
public protocol StoreDiagnostics: Sendable {
    /// Checks SPEC.md's invariants on the stored data at `now`, read-only. With
    /// `holdsSweptAt`, the moment a hold sweep ran, holds still marked held whose deadline
    /// had passed by then are counted as overdue.
    func audit(at now: Timestamp, holdsSweptAt: Timestamp?) async throws -> AuditReport
    /// One line naming the storage, such as "SQLite 3.40.1".
    var storageDescription: String { get }
    /// A warning an operator should see about how the storage is used, or nil.
    func operatorWarning() async -> String?
}

extension BookingStore {
    /// A store whose writes take turns anyway runs these as any other write.
    public func writeLeavingState<T: Sendable>(
        _ kind: WriteKind, _ body: @escaping @Sendable (any StoreWriting) throws -> T
    ) async throws -> T {
        try await write(kind, body)
    }
}
