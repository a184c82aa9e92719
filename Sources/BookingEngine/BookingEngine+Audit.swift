extension BookingEngine {
    /// Checks every invariant of SPEC.md on the stored data now, read-only (see
    /// `StoreDiagnostics.audit`). With `holdsSweptAt`, the moment a hold sweep ran, holds
    /// whose deadline had passed by then and are still marked held count as violations.
    public func audit(holdsSweptAt: Timestamp? = nil) async throws(BookingError) -> AuditReport {
        guard let diagnostics = store.diagnostics else {
            throw .invalidRequest(.auditUnsupported)
        }
        let now = try await read { _, _, time in time.moment }
        return try await perform { try await diagnostics.audit(at: now, holdsSweptAt: holdsSweptAt) }
    }

    /// Releases expired holds (flow 8), then audits with overdue holds counted at the sweep's
    /// own moment: a hold whose deadline falls between the two is not taken for one the
    /// sweep missed.
    public func releaseExpiredHoldsThenAudit() async throws(BookingError) -> (released: Int, report: AuditReport) {
        let sweep = try await sweepExpiredHolds()
        return (sweep.released, try await audit(holdsSweptAt: sweep.at))
    }
}
