extension BookingEngine {
    /// Checks every invariant of SPEC.md on the stored data now (read-only; see
    /// `InvariantAudit`). With `holdsSwept`, holds past their deadline count as violations.
    public func audit(holdsSwept: Bool = false) async throws(BookingError) -> AuditReport {
        guard let sqlite = store as? SQLiteBookingStore else {
            throw .invalidRequest("Auditing needs the SQLite store")
        }
        return try InvariantAudit(reader: sqlite.pool).report(
            at: clock.now(), capacity: configuration.activeCapacity, ceiling: configuration.balanceCeiling, holdsSwept: holdsSwept)
    }
}
