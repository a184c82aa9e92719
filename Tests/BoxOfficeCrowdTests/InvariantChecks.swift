import BookingEngine
import GRDB
import Testing

/// The engine's invariants from SPEC.md, checked directly in SQL on the database file.
enum InvariantChecks {
    /// Live active tokens at `now`: never above the capacity.
    static func liveActiveTokens(_ db: Database, now: Timestamp) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM token WHERE status = 'active' AND expires_at > ?", arguments: [now.milliseconds]) ?? 0
    }

    /// Seats with more than one live hold or sale at `now`.
    static func doublyTakenSeats(_ db: Database, now: Timestamp) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM (
                SELECT seat_id FROM reservation
                WHERE status = 'confirmed' OR (status = 'held' AND expires_at > ?)
                GROUP BY seat_id HAVING COUNT(*) > 1)
            """, arguments: [now.milliseconds]) ?? -1
    }

    /// Seats confirmed twice, whatever the time.
    static func doublySoldSeats(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM (
                SELECT seat_id FROM reservation WHERE status = 'confirmed'
                GROUP BY seat_id HAVING COUNT(*) > 1)
            """) ?? -1
    }

    /// Confirmed reservations without a payment, or payments whose amount is not the sum
    /// of their reservations' prices.
    static func unpaidConfirmations(_ db: Database) throws -> Int {
        let orphans = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM reservation r LEFT JOIN payment p ON p.id = r.payment_id
            WHERE r.status = 'confirmed' AND p.id IS NULL
            """) ?? -1
        let mismatched = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM payment p
            WHERE p.amount != (SELECT COALESCE(SUM(price), 0) FROM reservation WHERE payment_id = p.id)
            """) ?? -1
        return orphans + mismatched
    }

    /// Buyers whose balance differs from charges minus payments in the ledger.
    static func balancesOffLedger(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM buyer b
            WHERE b.balance != (SELECT COALESCE(SUM(CASE kind WHEN 'charge' THEN amount ELSE -amount END), 0)
                                FROM ledger WHERE buyer = b.name)
            """) ?? -1
    }

    /// Balances below zero or above the ceiling.
    static func balancesOutOfRange(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM buyer WHERE balance < 0 OR balance > 10000000") ?? -1
    }

    /// Seats sold to buyers whose names start with `prefix` (the catalog's own box-office
    /// sales are not the crowd's).
    static func confirmedSeats(_ db: Database, buyerPrefix prefix: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reservation WHERE status = 'confirmed' AND buyer LIKE ?",
                         arguments: [prefix + "%"]) ?? -1
    }

    /// Every invariant that holds at any moment, as `#expect`s.
    static func expectAll(_ db: Database, now: Timestamp) throws {
        #expect(try doublyTakenSeats(db, now: now) == 0)
        #expect(try doublySoldSeats(db) == 0)
        #expect(try unpaidConfirmations(db) == 0)
        #expect(try balancesOffLedger(db) == 0)
        #expect(try balancesOutOfRange(db) == 0)
    }
}
