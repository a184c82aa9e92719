import BookingEngine
import Foundation
import PostgresNIO

/// Where a PostgreSQL database is: a `postgres://` (or `postgresql://`) URL, as `--db` and
/// `BOXOFFICE_DB` take it.
///
/// `postgres://user:password@host:port/dbname` connects over TCP;
/// `postgres:///dbname?host=/path/to/folder` (or `host=` naming a folder in the authority,
/// as libpq allows) connects to the Unix socket `/path/to/folder/.s.PGSQL.<port>`. The
/// user defaults to `PGUSER`, else the current user; the password to `PGPASSWORD`.
public struct PostgresLocation: Sendable, Equatable {
    public var user: String
    public var password: String?
    /// A host name or address; nil for a Unix socket.
    public var host: String?
    public var port: Int
    /// The folder holding the Unix socket; nil for TCP.
    public var socketFolder: String?
    public var database: String

    /// Whether `text` names a PostgreSQL database rather than a SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// The location `url` names, or an error saying what is wrong with it.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(BookingError) {
        guard Self.isPostgres(url), let parts = URLComponents(string: url) else {
            throw .invalidRequest(.notPostgresURL(url: url))
        }
        let query = Dictionary((parts.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        let hostText = query["host"] ?? parts.host.flatMap { $0.removingPercentEncoding }
        user = parts.user.flatMap { $0.removingPercentEncoding } ?? query["user"] ?? environment["PGUSER"] ?? Self.currentUser
        password = parts.password.flatMap { $0.removingPercentEncoding } ?? query["password"] ?? environment["PGPASSWORD"]
        port = parts.port ?? query["port"].flatMap { Int($0) } ?? 5432
        let name = String(parts.path.drop { $0 == "/" })
        database = name.isEmpty ? user : (name.removingPercentEncoding ?? name)
        if let hostText, hostText.hasPrefix("/") {
            socketFolder = hostText
            host = nil
        } else if let hostText, !hostText.isEmpty {
            host = hostText
            socketFolder = nil
        } else {
            socketFolder = nil
            host = "localhost"
        }
        guard (1...65535).contains(port) else { throw .invalidRequest(.unusablePort(url: url)) }
    }

    /// The URL without its password, for messages.
    public var description: String {
        if let socketFolder { return "postgres://\(user)@/\(database)?host=\(socketFolder)&port=\(port)" }
        return "postgres://\(user)@\(host ?? "localhost"):\(port)/\(database)"
    }

    /// The same server and user, another database (tests make one each).
    public func with(database: String) -> PostgresLocation {
        var copy = self
        copy.database = database
        return copy
    }

    /// What postgres-nio needs to connect.
    var configuration: PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if let socketFolder {
            configuration = .init(
                unixSocketPath: socketFolder + "/.s.PGSQL.\(port)", username: user, password: password, database: database)
        } else {
            configuration = .init(host: host ?? "localhost", port: port, username: user, password: password, database: database, tls: .disable)
        }
        configuration.options.connectTimeout = .seconds(10)
        // Commits do not wait for the disk unless a transaction asks (see `write`).
        configuration.options.additionalStartupParameters = [("application_name", "boxoffice"), ("synchronous_commit", "off")]
        return configuration
    }

    private static var currentUser: String {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return "postgres" }
        return String(cString: name)
    }
}
