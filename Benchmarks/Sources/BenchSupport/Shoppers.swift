import BookingEngine
import GRDB

/// Admitted buyers and the stadium's seats, prepared before a timed run.
public enum Shoppers {
    /// Tokens for buyers `<prefix>0`, `<prefix>1`, …, admitted at once while the engine's
    /// capacity lasts (the line is empty).
    public static func admit(_ engine: BookingEngine, prefix: String, count: Int) async throws -> [TokenID] {
        var tokens: [TokenID] = []
        for index in 0..<count {
            let status = try await engine.issueToken(user: "\(prefix)\(index)")
            guard status.isActive else { throw ShopperError.notAdmitted(status.user) }
            tokens.append(status.token)
        }
        return tokens
    }

    /// The stadium's seats, and the front-section ones among them.
    public static func stadiumSeats(path: String) throws -> (all: [SeatID], front: [SeatID]) {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.id, s.number FROM seat s JOIN concert_date d ON d.id = s.date_id
                JOIN concert c ON c.id = d.concert_id WHERE c.title LIKE 'Stadium Show %' ORDER BY s.id
                """)
        }
        let all = rows.map { SeatID($0["id"] as Int64) }
        let front = rows.filter { ($0["number"] as Int) <= StadiumCatalog.frontSeats }.map { SeatID($0["id"] as Int64) }
        return (all, front)
    }

    /// Seats with more than one live hold or sale: must be zero (checked by SQL after a run).
    public static func doubleBookedSeats(path: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM (SELECT seat_id FROM reservation WHERE status IN ('held', 'confirmed')
                GROUP BY seat_id HAVING COUNT(*) > 1)
                """) ?? 0
        }
    }

    /// Live holds and sales in all.
    public static func liveReservations(path: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reservation WHERE status IN ('held', 'confirmed')") ?? 0
        }
    }
}

/// A buyer who should have been admitted at once was put in line.
public enum ShopperError: Error {
    case notAdmitted(String)
}
