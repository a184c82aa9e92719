import Logging

/// The booking engine: every flow of SPEC.md as an async call, over a `BookingStore`.
///
/// The engine owns the policy (validation, limits, timings) and the clock; the store owns
/// transactions. Each call reads the clock once and hands that moment to the store, so a
/// whole call sees one instant. Every failure is a `BookingError`.
public final class BookingEngine: Sendable {
    public let configuration: EngineConfiguration
    public let clock: any EngineClock
    /// The engine's recent events in this process, for the inspector; others may `record` too.
    public let events = EngineEventLog()
    let store: any BookingStore
    let logger: Logger

    /// An engine over `store`. Throws `invalidRequest` when the configuration is unusable.
    public init(
        store: any BookingStore,
        configuration: EngineConfiguration = EngineConfiguration(),
        clock: any EngineClock = SystemClock(),
        logger: Logger = Logger(label: "boxoffice.engine")
    ) throws(BookingError) {
        if let problem = configuration.problems.first {
            throw .invalidRequest("The configuration is not usable: \(problem)")
        }
        self.store = store
        self.configuration = configuration
        self.clock = clock
        self.logger = logger
        if let sqlite = store as? SQLiteBookingStore { ProcessPresence.announce(path: sqlite.pool.path) }
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

extension BookingEngine {
    /// The SQLite library version when the store is SQLite.
    public var sqliteVersion: String? { (store as? SQLiteBookingStore)?.sqliteVersion }
}
