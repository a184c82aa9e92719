import BookingEngine
import Dispatch
import PostgresNIO
import Synchronization

/// The store's connections: idle ones kept for the next transaction, new ones opened
/// when none is idle. A connection that failed is closed, never lent again, and every
/// idle one goes with it (after a server restart they are all dead), so the next call
/// connects afresh.
final class PostgresConnections: Sendable {
    let location: PostgresLocation
    private let logger: Logger
    private let idle = Mutex<[PostgresConnection]>([])
    private let nextID = Atomic<Int>(1)

    /// Idle connections kept; more may be open at once while calls run.
    static let idleLimit = 8

    /// How long opening a connection may take, handshake included.
    static let connectLimit: DispatchTimeInterval = .seconds(15)

    /// The event loops connections run on, shared by the whole process.
    static let eventLoops: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton

    init(location: PostgresLocation, logger: Logger) {
        self.location = location
        self.logger = logger
    }

    /// An open connection: an idle one, else a new one. Blocks; never call on an event loop.
    /// `fresh` is true when the connection was opened now.
    func take() throws -> (session: PostgresSession, fresh: Bool) {
        while let connection = idle.withLock({ $0.popLast() }) {
            if !connection.isClosed { return (PostgresSession(connection: connection, logger: logger), false) }
        }
        let connecting = PostgresConnection.connect(
            on: Self.eventLoops.next(), configuration: location.configuration,
            id: nextID.wrappingAdd(1, ordering: .relaxed).oldValue, logger: logger)
        let connected = DispatchSemaphore(value: 0)
        connecting.whenComplete { _ in connected.signal() }
        guard connected.wait(timeout: .now() + Self.connectLimit) == .success else {
            // A server in the middle of a restart may accept and never answer: give up, and
            // close the connection should it come after all.
            connecting.whenSuccess { Self.close($0) }
            throw PostgresConnectionLost()
        }
        return (PostgresSession(connection: try connecting.wait(), logger: logger), true)
    }

    /// Keeps a connection that finished its transaction cleanly for the next one.
    func giveBack(_ session: PostgresSession) {
        let connection = session.connection
        guard !connection.isClosed else { return }
        let kept = idle.withLock { idle in
            guard idle.count < Self.idleLimit else { return false }
            idle.append(connection)
            return true
        }
        if !kept { Self.close(connection) }
    }

    /// Closes a connection that failed, and every idle one.
    func discard(_ session: PostgresSession?) {
        if let session { Self.close(session.connection) }
        closeIdle()
    }

    /// Closes every idle connection.
    func closeIdle() {
        let all = idle.withLock { idle in
            defer { idle = [] }
            return idle
        }
        for connection in all { Self.close(connection) }
    }

    /// Closes `connection`, which stays alive until it is closed (postgres-nio requires it).
    static func close(_ connection: PostgresConnection) {
        connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    deinit {
        closeIdle()
    }
}
