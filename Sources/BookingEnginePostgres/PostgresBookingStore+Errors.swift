import BookingEngine
import PostgresNIO

/// What a person is told when the database fails, and which failures a transaction may
/// simply run again.
extension PostgresBookingStore {
    /// SQLSTATEs after which the whole transaction may run again: serialization failure
    /// and deadlock.
    static let conflictStates: Set<String> = ["40001", "40P01"]
    /// What a write beside others retries: conflicts, and a unique violation, which only a
    /// concurrent change to the same row can cause there.
    static let besideConflictStates: Set<String> = conflictStates.union(["23505"])

    /// The SQLSTATE of a server error, if `error` is one.
    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// Whether `error` means the connection is gone (refused, closed, the server restarted),
    /// rather than the server refusing a statement.
    static func isConnectionLost(_ error: any Error) -> Bool {
        if let error = error as? PSQLError {
            switch error.code {
            case .server:
                // 57P01-57P03: the server is shutting down or restarting; 08xxx: connection exceptions.
                let state = error.serverInfo?[.sqlState] ?? ""
                return state.hasPrefix("57P") || state.hasPrefix("08")
            case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown, .messageDecodingFailure,
                .unexpectedBackendMessage:
                return true
            default:
                return false
            }
        }
        return error is PostgresConnectionLost || error is ChannelError || error is IOError || error is NIOConnectionError
    }

    static func describe(_ error: any Error, location: PostgresLocation) -> BookingError {
        if let error = error as? BookingError { return error }
        if isConnectionLost(error) { return .storageFailure(.serverUnreachable(database: location.description)) }
        guard let error = error as? PSQLError, error.code == .server, let info = error.serverInfo else {
            return .storageFailure(.said("PostgreSQL: \(String(reflecting: error))"))
        }
        let state = info[.sqlState] ?? ""
        let message = info[.message] ?? "error \(state)"
        switch state {
        case _ where conflictStates.contains(state):
            return .storageFailure(.tooBusy(detail: message))
        case "3D000":
            return .storageFailure(.noSuchDatabase(name: location.database))
        case "28000", "28P01":
            return .storageFailure(.userRefused(user: location.user, detail: message))
        case "42501":
            return .storageFailure(.permissionDenied(user: location.user, database: location.database, detail: message))
        case "53100":
            return .storageFailure(.serverDiskFull)
        case "53300":
            return .storageFailure(.noConnectionLeft(detail: message))
        case _ where state.hasPrefix("23"):
            return .storageFailure(.refusedBySafetyRule(rule: message))
        default:
            return .storageFailure(.serverError(message: message, state: state))
        }
    }
}
