import BookingEngine
import PostgresNIO

/// SPEC.md's invariants checked on the stored data alone, in SQL, as SQLite's
/// `InvariantAudit` does: every figure comes from one snapshot of the tables, so it also
/// catches a bug that the engine's own checks share. PostgreSQL has no counterpart of
/// SQLite's `quick_check` built in, so `integrityErrors` is always 0.
struct PostgresAudit {
    let session: PostgresSession

    func report(at now: Timestamp, holdsSweptAt: Timestamp?) throws -> AuditReport {
        let ms = now.milliseconds
        let state = try PostgresTransaction(session: session).state()
        let lineNow = max(ms - state.clock.lineLag, state.line.lapseMark)
        return AuditReport(
            checkedAt: now,
            integrityErrors: 0,
            capacity: state.policy.activeCapacity,
            liveActiveTokens: try count("SELECT COUNT(*) FROM token WHERE status = 'active' AND expires_at > \(ms)"),
            seatsDoublyTaken: try count(
                """
                SELECT COUNT(*) FROM (SELECT seat_id FROM reservation WHERE status = 'confirmed' OR (status = 'held' AND expires_at > \(ms))
                    GROUP BY seat_id HAVING COUNT(*) > 1) t
                """),
            seatsSoldTwice: try count(
                "SELECT COUNT(*) FROM (SELECT seat_id FROM reservation WHERE status = 'confirmed' GROUP BY seat_id HAVING COUNT(*) > 1) t"),
            salesWithoutOnePayment: try count(
                """
                SELECT COUNT(*) FROM reservation r LEFT JOIN payment p ON p.id = r.payment_id
                WHERE r.status = 'confirmed' AND (p.id IS NULL OR (SELECT COUNT(*) FROM ledger l
                    WHERE l.payment_id = p.id AND l.kind = 'payment' AND l.amount = p.amount AND l.buyer = p.buyer) <> 1)
                """),
            salesPaidByAnother: try count("SELECT COUNT(*) FROM reservation r JOIN payment p ON p.id = r.payment_id WHERE p.buyer <> r.buyer"),
            paymentsOffTheirSeats: try count(
                """
                SELECT COUNT(*) FROM payment p
                WHERE p.amount <> (SELECT COALESCE(SUM(price), 0) FROM reservation WHERE payment_id = p.id AND status = 'confirmed')
                """),
            balancesOffLedger: try count(
                """
                SELECT COUNT(*) FROM buyer b
                WHERE b.balance <> (SELECT COALESCE(SUM(CASE kind WHEN 'charge' THEN amount ELSE -amount END), 0) FROM ledger
                    WHERE buyer = b.name)
                """),
            balancesOutOfRange: try count(
                "SELECT COUNT(*) FROM buyer WHERE balance < 0 OR balance > \(EngineConfiguration.schemaBalanceCeiling)"),
            lapseTreeOff: try lapseTreeOff(state.line),
            activeCountOff: try session.value(
                "SELECT (SELECT active_count FROM state) <> (SELECT COUNT(*) FROM token WHERE status = 'active')") ?? true,
            waitersPassedOver: try count(
                """
                SELECT COUNT(*) FROM token WHERE status = 'waiting' AND number <= \(state.line.admittedThrough) AND expires_at > \(lineNow)
                """),
            overdueHolds: try count("SELECT COUNT(*) FROM reservation WHERE status = 'held' AND expires_at <= \((holdsSweptAt ?? now).milliseconds)"),
            holdsSwept: holdsSweptAt != nil,
            seatCountsOff: try count(Self.sectionCountsOff) + count(Self.seatsOutOfPlace),
            soldSeats: try count("SELECT COUNT(*) FROM reservation WHERE status = 'confirmed'"),
            liveHolds: try count("SELECT COUNT(*) FROM reservation WHERE status = 'held' AND expires_at > \(ms)"),
            payments: try count("SELECT COUNT(*) FROM payment"),
            buyers: try count("SELECT COUNT(*) FROM buyer"))
    }

    private func count(_ query: PostgresQuery) throws -> Int {
        try session.value(query) ?? 0
    }

    private func lapseTreeOff(_ line: LineCounters) throws -> Int {
        var nodes: [Int64: LapseNode] = [:]
        for row in try session.rows("SELECT node, lapses, bits FROM lapse_node") {
            nodes[try row.at(0)] = LapseNode(lapses: try row.at(1), bits: UInt64(bitPattern: try row.at(2)))
        }
        let uncounted = Set(try session.rows(
            "SELECT number FROM token WHERE status = 'waiting' AND number > \(line.admittedThrough) AND expires_at > \(line.lapseMark)"
        ).map { try $0.at(0, as: Int64.self) })
        return LapseTreeAudit.disagreements(nodes: nodes, line: line, uncounted: uncounted)
    }

    /// Sections of a performance whose kept counts or seat range differ from their seats.
    private static let sectionCountsOff: PostgresQuery = """
        WITH actual AS (
            SELECT s.performance_id AS performance, s.section_id AS section, COUNT(DISTINCT s.id) AS seats, MIN(s.id) AS first,
                MAX(s.id) AS last, COUNT(CASE WHEN r.status = 'confirmed' THEN 1 END) AS sold,
                COUNT(CASE WHEN r.status = 'held' THEN 1 END) AS held
            FROM seat s LEFT JOIN reservation r ON r.seat_id = s.id AND r.status IN ('held', 'confirmed')
            GROUP BY s.performance_id, s.section_id)
        SELECT (SELECT COUNT(*) FROM section_seats n LEFT JOIN actual a ON a.performance = n.performance_id AND a.section = n.section_id
                WHERE a.performance IS NULL OR a.seats <> n.seats OR a.sold <> n.sold OR a.held <> n.held
                    OR a.first <> n.first_seat OR a.last - a.first + 1 <> a.seats)
            + (SELECT COUNT(*) FROM actual a WHERE NOT EXISTS (
                SELECT 1 FROM section_seats n WHERE n.performance_id = a.performance AND n.section_id = a.section))
        """

    /// Seats whose row and place disagree with their position after the section's first seat.
    private static let seatsOutOfPlace: PostgresQuery = """
        SELECT COUNT(*) FROM seat s JOIN section_seats n ON n.performance_id = s.performance_id AND n.section_id = s.section_id
        WHERE s.id - n.first_seat <> (SELECT COALESCE(SUM(w.seats), 0) FROM section_row w
            WHERE w.section_id = s.section_id AND w.ordinal < s.row_ordinal) + s.seat_in_row - 1
            OR s.seat_in_row > (SELECT seats FROM section_row w WHERE w.section_id = s.section_id AND w.ordinal = s.row_ordinal)
        """
}
