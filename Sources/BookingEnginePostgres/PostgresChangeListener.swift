import BookingEngine
import Logging
import PostgresNIO
import Synchronization

/// Listens on `boxoffice_changes` (see `PostgresChangeAnnouncer`) over a
/// connection of its own, for as long as anyone wants change signals, and passes each
/// notification on. A lost connection is replaced after `retryDelay`, and a signal is sent
/// then: what was committed meanwhile was not announced, so watchers must read again.
final class PostgresChangeListener: Sendable {
    static let channel = "boxoffice_changes"
    static let retryDelay: Duration = .seconds(1)

    private let location: PostgresLocation
    private let logger: Logger
    private let state = Mutex(Listeners())

    private struct Listeners {
        var next = 0
        var continuations: [Int: AsyncStream<Void>.Continuation] = [:]
        var task: Task<Void, Never>?
    }

    init(location: PostgresLocation, logger: Logger) {
        self.location = location
        self.logger = logger
    }

    /// A stream of signals; the first listener starts the listening connection, the last
    /// one to go stops it. Signals that come while one is waiting to be read fold into it.
    func signals() -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let id = state.withLock { state in
            state.next += 1
            state.continuations[state.next] = continuation
            if state.task == nil { state.task = Task { [self] in await listen() } }
            return state.next
        }
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        return stream
    }

    private func remove(_ id: Int) {
        let task = state.withLock { state -> Task<Void, Never>? in
            state.continuations[id] = nil
            guard state.continuations.isEmpty else { return nil }
            defer { state.task = nil }
            return state.task
        }
        task?.cancel()
    }

    private func signal() {
        state.withLock { $0.continuations.values.forEach { $0.yield() } }
    }

    /// Listens, reconnecting after each loss, until cancelled.
    private func listen() async {
        var first = true
        while !Task.isCancelled {
            if !first { signal() }
            first = false
            do {
                let connection = try await PostgresConnection.connect(
                    on: PostgresConnections.eventLoops.next(), configuration: location.configuration, id: 0, logger: logger
                ).get()
                defer { PostgresConnections.close(connection) }
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        try await connection.listen(on: Self.channel) { notifications in
                            for try await _ in notifications { self.signal() }
                        }
                    }
                    // The notifications may not end when the connection closes: stop then.
                    group.addTask { try await connection.closeFuture.get() }
                    _ = try await group.next()
                    group.cancelAll()
                }
            } catch {
                logger.debug("change notifications lost: \(error)")
            }
            try? await Task.sleep(for: Self.retryDelay)
        }
    }

    deinit {
        state.withLock { $0.task?.cancel() }
    }
}
