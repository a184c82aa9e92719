extension BookingEngine {
    /// Checks every invariant of SPEC.md on the stored data now, read-only (see
    /// `StoreDiagnostics.audit`). With `holdsSwept`, holds past their deadline count as
    /// violations.
    public func audit(holdsSwept: Bool = false) async throws(BookingError) -> AuditReport {
        guard let diagnostics = store.diagnostics else {
            throw .invalidRequest(.auditUnsupported)
        }
        let now = try await read { _, _, time in time.moment }
        return try await perform { try await diagnostics.audit(at: now, holdsSwept: holdsSwept) }
    }
}
