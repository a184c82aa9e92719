import BookingEngine
import PostgresNIO

extension PostgresBookingStore: StoreDiagnostics {
    /// Every invariant at `now`, read in one `REPEATABLE READ` snapshot (see `PostgresAudit`).
    public func audit(at now: Timestamp, holdsSwept: Bool) async throws -> AuditReport {
        try await read { tx in
            guard let tx = tx as? PostgresTransaction else { throw BookingError.storageFailure("not a PostgreSQL transaction") }
            return try PostgresAudit(session: tx.session).report(at: now, holdsSwept: holdsSwept)
        }
    }

    public var storageDescription: String { "PostgreSQL \(serverVersion)" }

    public func operatorWarning() async -> String? { nil }
}
