import GRDB

/// SPEC.md's invariants checked on the stored data alone, read-only: what a chaos run, a
/// test or an operator can ask of any boxoffice database file at any moment.
///
/// It trusts nothing the engine remembers: every figure comes from one consistent read
/// of the tables, so it also catches a bug that the engine's own checks share.
public struct InvariantAudit: Sendable {
    private let reader: any DatabaseReader

    /// An audit of the file at `path`, opened read-only: the file is never changed.
    public init(readOnlyPath path: String) throws(BookingError) {
        try DatabaseFile.refuseUnusable(DatabaseFile.kind(at: path), path: path)
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(SQLiteBookingStore.busyTimeout)
        configuration.label = "boxoffice-audit"
        do {
            reader = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw SQLiteBookingStore.describe(error, path: path)
        }
    }

    init(reader: any DatabaseReader) {
        self.reader = reader
    }

    /// Active tokens live now: the figure that must never pass the capacity. `clock` is
    /// read after the read snapshot begins, so no token that a writer saw expire before
    /// its commit is counted as live; the database's recorded time is the floor.
    public func liveActiveTokens(clock: any EngineClock) throws(BookingError) -> (live: Int, capacity: Int) {
        try read { db in
            let clockRow = try db.row("SELECT recorded_now, qa_offset FROM state")
            let now = max(clock.now().milliseconds + (clockRow?[1] ?? 0), clockRow?[0] ?? 0)
            let live = try Self.count(db, "SELECT COUNT(*) FROM token WHERE status = 'active' AND expires_at > ?", [now])
            return (live, Int(try db.int64("SELECT active_limit FROM policy") ?? 0))
        }
    }

    /// Every invariant at `now` (engine time). With `holdsSweptAt`, the moment a hold sweep
    /// ran, a hold still marked held whose deadline had passed by then is a violation.
    public func report(at now: Timestamp, holdsSweptAt: Timestamp?) throws(BookingError) -> AuditReport {
        try read { db in
            let ms = now.milliseconds
            let state = try SQLiteTransaction(db: db).state()
            let lineNow = max(ms - state.clock.lineLag, state.line.lapseMark)
            return AuditReport(
                checkedAt: now,
                integrityErrors: try String.fetchAll(db, sql: "PRAGMA quick_check").filter { $0 != "ok" }.count,
                capacity: state.policy.activeCapacity,
                liveActiveTokens: try Self.count(db, "SELECT COUNT(*) FROM token WHERE status = 'active' AND expires_at > ?", [ms]),
                seatsDoublyTaken: try Self.count(db, Self.doublyTaken, [ms]),
                seatsSoldTwice: try Self.count(db, Self.soldTwice),
                salesWithoutOnePayment: try Self.count(db, Self.salesWithoutOnePayment),
                salesPaidByAnother: try Self.count(db, Self.salesPaidByAnother),
                paymentsOffTheirSeats: try Self.count(db, Self.paymentsOffTheirSeats),
                balancesOffLedger: try Self.count(db, Self.balancesOffLedger),
                balancesOutOfRange: try Self.count(db, "SELECT COUNT(*) FROM buyer WHERE balance < 0 OR balance > ?", [EngineConfiguration.schemaBalanceCeiling]),
                lapseTreeOff: try Self.lapseTreeOff(db, state.line),
                activeCountOff: try db.int64("SELECT (SELECT active_count FROM state) != (SELECT COUNT(*) FROM token WHERE status = 'active')") != 0,
                waitersPassedOver: try Self.count(
                    db, "SELECT COUNT(*) FROM token WHERE status = 'waiting' AND number <= ? AND expires_at > ?", [state.line.admittedThrough, lineNow]),
                overdueHolds: try Self.count(
                    db, "SELECT COUNT(*) FROM reservation WHERE status = 'held' AND expires_at <= ?", [(holdsSweptAt ?? now).milliseconds]),
                holdsSwept: holdsSweptAt != nil,
                seatCountsOff: try Self.count(db, Self.sectionCountsOff) + Self.count(db, Self.performanceCountsOff)
                    + Self.count(db, Self.seatsOutOfPlace),
                soldSeats: try Self.count(db, "SELECT COUNT(*) FROM reservation WHERE status = 'confirmed'"),
                liveHolds: try Self.count(db, "SELECT COUNT(*) FROM reservation WHERE status = 'held' AND expires_at > ?", [ms]),
                payments: try Self.count(db, "SELECT COUNT(*) FROM payment"),
                buyers: try Self.count(db, "SELECT COUNT(*) FROM buyer"))
        }
    }

    private static func lapseTreeOff(_ db: Database, _ line: LineCounters) throws -> Int {
        var nodes: [Int64: LapseNode] = [:]
        for row in try db.rows("SELECT node, lapses, bits FROM lapse_node") {
            nodes[row[0]] = LapseNode(lapses: row[1], bits: UInt64(bitPattern: row[2]))
        }
        let uncounted = Set(try db.int64s(
            "SELECT number FROM token WHERE status = 'waiting' AND number > ? AND expires_at > ?", [line.admittedThrough, line.lapseMark]))
        return LapseTreeAudit.disagreements(nodes: nodes, line: line, uncounted: uncounted)
    }

    private func read<T>(_ body: (Database) throws -> T) throws(BookingError) -> T {
        do {
            return try reader.read(body)
        } catch {
            throw SQLiteBookingStore.describe(error, path: reader.path)
        }
    }

    private static func count(_ db: Database, _ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        Int(try db.int64(sql, arguments) ?? 0)
    }

    /// Sections of a performance whose kept counts or seat range differ from their seats.
    private static let sectionCountsOff = """
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

    /// Performances whose kept counts differ from the sum of their sections'.
    private static let performanceCountsOff = """
        SELECT COUNT(*) FROM performance p LEFT JOIN performance_seats t ON t.performance_id = p.id
        WHERE t.performance_id IS NULL
            OR t.seats <> (SELECT COALESCE(SUM(seats), 0) FROM section_seats WHERE performance_id = p.id)
            OR t.sold <> (SELECT COALESCE(SUM(sold), 0) FROM section_seats WHERE performance_id = p.id)
            OR t.held <> (SELECT COALESCE(SUM(held), 0) FROM section_seats WHERE performance_id = p.id)
        """

    /// Seats whose row and place disagree with their position after the section's first seat.
    private static let seatsOutOfPlace = """
        SELECT COUNT(*) FROM seat s JOIN section_seats n ON n.performance_id = s.performance_id AND n.section_id = s.section_id
        WHERE s.id - n.first_seat <> (SELECT COALESCE(SUM(w.seats), 0) FROM section_row w
            WHERE w.section_id = s.section_id AND w.ordinal < s.row_ordinal) + s.seat_in_row - 1
            OR s.seat_in_row > (SELECT seats FROM section_row w WHERE w.section_id = s.section_id AND w.ordinal = s.row_ordinal)
        """

    /// Seats with more than one live hold or sale.
    private static let doublyTaken = """
        SELECT COUNT(*) FROM (
            SELECT seat_id FROM reservation
            WHERE status = 'confirmed' OR (status = 'held' AND expires_at > ?)
            GROUP BY seat_id HAVING COUNT(*) > 1)
        """

    /// Seats confirmed twice, whatever the time.
    private static let soldTwice = """
        SELECT COUNT(*) FROM (
            SELECT seat_id FROM reservation WHERE status = 'confirmed'
            GROUP BY seat_id HAVING COUNT(*) > 1)
        """

    /// Sold seats whose confirmation has no payment row, or whose payment is not debited
    /// exactly once in the ledger (for its full amount, from the same buyer).
    private static let salesWithoutOnePayment = """
        SELECT COUNT(*) FROM reservation r LEFT JOIN payment p ON p.id = r.payment_id
        WHERE r.status = 'confirmed' AND (
            p.id IS NULL
            OR (SELECT COUNT(*) FROM ledger l
                WHERE l.payment_id = p.id AND l.kind = 'payment' AND l.amount = p.amount AND l.buyer = p.buyer) != 1)
        """

    /// Sold seats whose payment was made by another buyer than the one who held them.
    private static let salesPaidByAnother = """
        SELECT COUNT(*) FROM reservation r JOIN payment p ON p.id = r.payment_id WHERE p.buyer != r.buyer
        """

    /// Payments whose amount is not the sum of the seats they confirmed (none confirmed included).
    private static let paymentsOffTheirSeats = """
        SELECT COUNT(*) FROM payment p
        WHERE p.amount != (SELECT COALESCE(SUM(price), 0) FROM reservation WHERE payment_id = p.id AND status = 'confirmed')
        """

    /// Buyers whose balance is not their charges minus their payments.
    private static let balancesOffLedger = """
        SELECT COUNT(*) FROM buyer b
        WHERE b.balance != (SELECT COALESCE(SUM(CASE kind WHEN 'charge' THEN amount ELSE -amount END), 0)
                            FROM ledger WHERE buyer = b.name)
        """
}
