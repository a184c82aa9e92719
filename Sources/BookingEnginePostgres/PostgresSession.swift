import Dispatch
import Logging
import NIOCore
import PostgresNIO

/// One connection to the server, lent to one transaction at a time. Every call blocks its
/// thread until the server answers, so it is only ever called off the event loops (see
/// `PostgresBookingStore+Transactions.swift`): the store's bodies are synchronous.
struct PostgresSession: Sendable {
    let connection: PostgresConnection
    let logger: Logger

    /// The rows `query` returns.
    func rows(_ query: PostgresQuery) throws -> [PostgresRandomAccessRow] {
        try answer(connection.query(query, logger: logger)).rows.map { $0.makeRandomAccess() }
    }

    /// The first row `query` returns, if any.
    func row(_ query: PostgresQuery) throws -> PostgresRandomAccessRow? {
        try rows(query).first
    }

    /// The first column of the first row, or nil when there is no row or it is null.
    func value<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type = T.self) throws -> T? {
        guard let row = try row(query), row[0].bytes != nil else { return nil }
        return try row.at(0, as: T.self)
    }

    /// Runs `query`; returns how many rows it changed.
    @discardableResult
    func run(_ query: PostgresQuery) throws -> Int {
        try answer(connection.query(query, logger: logger)).metadata.rows ?? 0
    }

    /// Sends `query` without waiting for its answer: the server answers queries in the
    /// order they were sent, so a transaction's opening statements go out together.
    func send(_ query: PostgresQuery) -> EventLoopFuture<PostgresQueryResult> {
        connection.query(query, logger: logger)
    }

    /// How often a wait for an answer checks that the connection is still open.
    static let closedCheckInterval: DispatchTimeInterval = .milliseconds(500)

    /// Waits for `future`. A query sent on a connection that closed meanwhile (the server
    /// restarted) may never be answered, so while it waits it also watches the connection
    /// and gives up when that closes.
    func answer<T: Sendable>(_ future: EventLoopFuture<T>) throws -> T {
        let answered = DispatchSemaphore(value: 0)
        future.whenComplete { _ in answered.signal() }
        while answered.wait(timeout: .now() + Self.closedCheckInterval) == .timedOut {
            if connection.isClosed, answered.wait(timeout: .now() + Self.closedCheckInterval) == .timedOut {
                throw PostgresConnectionLost()
            }
        }
        return try future.wait()
    }
}

/// The connection closed before the server answered.
struct PostgresConnectionLost: Error {}

extension PostgresRandomAccessRow {
    /// The value of column `index`, decoded as the type asked for.
    func at<T: PostgresDecodable>(_ index: Int, as type: T.Type = T.self) throws -> T {
        try self[index].decode(T.self)
    }
}
