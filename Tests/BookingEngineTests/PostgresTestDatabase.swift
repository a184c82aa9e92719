import BookingEngine
import BookingEnginePostgres
import Foundation
import PostgresNIO

/// A new PostgreSQL database of its own for one test, on the server that
/// `BOXOFFICE_TEST_POSTGRES` names (a `postgres://` URL of a user who may create
/// databases); dropped when the last engine using it is gone. Without that variable the
/// PostgreSQL cases of the store suites are left out, and `PostgresStoreTests` is skipped.
final class PostgresTestDatabase: Sendable {
    /// The server's administrative database, from `BOXOFFICE_TEST_POSTGRES`.
    static let admin: PostgresLocation? = ProcessInfo.processInfo.environment["BOXOFFICE_TEST_POSTGRES"]
        .flatMap { try? PostgresLocation(url: $0) }

    /// Whether PostgreSQL cases run.
    static var isConfigured: Bool { admin != nil }

    /// The test's own database.
    let location: PostgresLocation
    private let admin: PostgresLocation

    init() async throws {
        guard let admin = Self.admin else { throw BookingError.invalidRequest(.said("BOXOFFICE_TEST_POSTGRES is not set")) }
        let name = "boxoffice_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await Self.run("CREATE DATABASE \(name)", on: admin)
        self.admin = admin
        location = admin.with(database: name)
    }

    /// Runs one statement on `location` through a connection of its own, as another
    /// program would; returns the first column of the first row as an integer, if any.
    @discardableResult
    static func run(_ sql: String, on location: PostgresLocation) async throws -> Int64? {
        let connection = try await PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.next(), configuration: location.testConfiguration, id: 0,
            logger: Logger(label: "boxoffice.tests")
        ).get()
        defer { connection.close().whenComplete { _ in withExtendedLifetime(connection) {} } }
        let result = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "boxoffice.tests")).get()
        guard let cell = result.rows.first?.makeRandomAccess().first, cell.bytes != nil else { return nil }
        return try? cell.decode(Int64.self)
    }

    /// Runs one statement on this test's database (see `run(_:on:)`).
    @discardableResult
    func sql(_ sql: String) async throws -> Int64? {
        try await Self.run(sql, on: location)
    }

    deinit {
        // Dropped without waiting: a database left behind by a test run that ended first
        // goes with the throwaway cluster.
        let name = location.database
        let logger = Logger(label: "boxoffice.tests")
        PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: admin.testConfiguration, id: 0, logger: logger)
            .flatMap { connection in
                connection.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"), logger: logger)
                    .flatMap { _ in connection.close().map { withExtendedLifetime(connection) {} } }
            }
            .whenComplete { _ in }
    }
}

extension PostgresLocation {
    /// A connection configuration for the tests' own statements.
    var testConfiguration: PostgresConnection.Configuration {
        if let socketFolder {
            return .init(unixSocketPath: socketFolder + "/.s.PGSQL.\(port)", username: user, password: password, database: database)
        }
        return .init(host: host ?? "localhost", port: port, username: user, password: password, database: database, tls: .disable)
    }
}
