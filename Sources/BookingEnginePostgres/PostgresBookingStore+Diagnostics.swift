import BookingEngine
import PostgresNIO

extension PostgresBookingStore: StoreDiagnostics {
    /// Every invariant at `now`, read in one `REPEATABLE READ` snapshot (see `PostgresAudit`).
    public func audit(at now: Timestamp, holdsSweptAt: Timestamp?) async throws -> AuditReport {
        try await read { tx in
            guard let tx = tx as? PostgresTransaction else { throw BookingError.storageFailure(.said("not a PostgreSQL transaction")) }
            return try PostgresAudit(session: tx.session).report(at: now, holdsSweptAt: holdsSweptAt)
        }
    }

    public var storageDescription: String { "PostgreSQL \(serverVersion)" }

    public func operatorWarning() async -> String? { nil }

    /// Active tokens live now, and the capacity: the figure that must never pass the
    /// capacity, sampled by the chaos run. `clock` is read after the snapshot begins, and
    /// the database's recorded time is the floor (as SQLite's `InvariantAudit` does).
    public func liveActiveTokens(clock: any EngineClock) async throws(BookingError) -> (live: Int, capacity: Int) {
        do {
            return try await read { tx in
                guard let session = (tx as? PostgresTransaction)?.session,
                    let row = try session.row("SELECT s.recorded_now, s.qa_offset, p.active_limit FROM state s JOIN policy p ON p.id = 1")
                else { throw BookingError.storageFailure(.said("the database has no policy or state row; it is damaged")) }
                let offset: Int64? = try row.at(1, as: Int64?.self)
                let now = max(clock.now().milliseconds + (offset ?? 0), try row.at(0, as: Int64.self))
                let live: Int = try session.value("SELECT COUNT(*) FROM token WHERE status = 'active' AND expires_at > \(now)") ?? 0
                return (live, try row.at(2, as: Int.self))
            }
        } catch {
            throw describe(error)
        }
    }
}
