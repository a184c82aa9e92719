import BookingEngine
import Foundation
import PostgresNIO

/// The shared store: a PostgreSQL database that any number of boxoffice processes, on any
/// number of machines, use at once through postgres-nio.
///
/// Isolation, per call (see `PostgresBookingStore+Transactions.swift`):
/// - `read`: `REPEATABLE READ, READ ONLY`, one snapshot of the whole database.
/// - `write` (every kind): `READ COMMITTED` with the `state` row locked `FOR UPDATE` before
///   anything else. Every write updates that row (the clock), so writers from every
///   process take turns on it, and each one, once it holds the lock, sees every commit
///   before it: writes run one after another as with SQLite's `BEGIN IMMEDIATE`, and a
///   read's snapshot sees a prefix of them. A deadlock or serialization failure
///   (40P01, 40001) is not expected under this scheme; when one comes the whole body runs
///   again, as the contract allows.
/// - `writeLeavingState` (holds and payments): `READ COMMITTED` without the `state` row's
///   lock, beside each other and beside the writes above. What keeps them right is row
///   locks: the buyer's row first (`takeBuyerTurn`, so one buyer's calls take turns and a
///   balance or hold count read stays true), the unique index on live seat reservations
///   (a second hold of a seat waits for the first to commit, fails with 23505 and runs
///   again to find the seat taken), and the sections' seat counts, updated in place. The
///   engine writes reservations in seat order, which is the sections' order, and the hold
///   sweep locks every section's counts in that order first, so none of these writes waits
///   for another in a cycle; a deadlock (40P01) would run the loser again. Counts are kept
///   per section only: a performance's are their sum, so that its sales do not all meet on
///   one row.
/// - The schedulers' jobs are writes like the others: whatever the number of processes
///   running them, one at a time holds the lock and the next finds its work done. A
///   process that dies mid-job loses its lock with its connection, and the next tick, in
///   any process, runs the job.
public final class PostgresBookingStore: BookingStore {
    let connections: PostgresConnections
    /// Passes on the database's change notifications (see `StoreChangeSignals`).
    let changeListener: PostgresChangeListener
    /// Sends this process's change notifications, batched.
    let announcer: PostgresChangeAnnouncer
    /// The database this store works on.
    public let location: PostgresLocation
    /// The server's version, like "15.8".
    public let serverVersion: String

    /// Threads that transactions run on: not the event loops', as each call blocks until
    /// the server answers. Shared by every store of the process.
    static let threads: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 16)
        pool.start()
        return pool
    }()

    /// Opens the database at `location`, setting up its schema when it has none (unless
    /// `creation` is `.existingOnly`). A new database gets `policy` and, with `qaMode`, a QA
    /// clock; its time starts at `clock`'s reading. A database of another program or of a
    /// newer boxoffice is refused untouched. The database itself must exist on the server.
    public init(
        location: PostgresLocation, creation: DatabaseCreation = .inExistingFolder, policy: EngineConfiguration = EngineConfiguration(),
        qaMode: Bool = false, clock: any EngineClock = SystemClock(), logger: Logger = Logger(label: "boxoffice.postgres")
    ) async throws(BookingError) {
        if let problem = policy.problems.first {
            throw .invalidRequest(.policyUnusable(problem: problem))
        }
        self.location = location
        connections = PostgresConnections(location: location, logger: logger)
        changeListener = PostgresChangeListener(location: location, logger: logger)
        announcer = PostgresChangeAnnouncer(connections: connections)
        let connections = connections
        do {
            serverVersion = try await Self.threads.runIfActive {
                let (session, _) = try connections.take()
                do {
                    try PostgresSchemaSetup.prepare(
                        session, location: location, creation: creation, policy: policy, qaMode: qaMode, now: clock.now())
                    let version: String = try session.value("SHOW server_version") ?? "?"
                    connections.giveBack(session)
                    return version
                } catch {
                    connections.discard(session)
                    throw error
                }
            }
        } catch {
            throw Self.describe(error, location: location)
        }
    }

    public func describe(_ error: any Error) -> BookingError {
        Self.describe(error, location: location)
    }

    public var diagnostics: (any StoreDiagnostics)? { self }
}

extension PostgresBookingStore: StoreChangeSignals {
    /// LISTEN on `boxoffice_changes`, which every process notifies after it commits
    /// changes, once for all those of a short window (`PostgresChangeAnnouncer`).
    public func changeSignals() -> AsyncStream<Void> {
        changeListener.signals()
    }
}

extension PostgresBookingStore {
    /// Whether the database at `location` holds a boxoffice schema already; read only.
    public static func holdsBoxoffice(_ location: PostgresLocation) async throws(BookingError) -> Bool {
        let connections = PostgresConnections(location: location, logger: Logger(label: "boxoffice.postgres"))
        do {
            return try await threads.runIfActive {
                let (session, _) = try connections.take()
                defer { connections.discard(session) }
                return try session.value("SELECT to_regclass('boxoffice_schema') IS NOT NULL") ?? false
            }
        } catch {
            throw describe(error, location: location)
        }
    }
}
