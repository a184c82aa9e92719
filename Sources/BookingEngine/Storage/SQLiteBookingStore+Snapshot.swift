import GRDB

extension SQLiteBookingStore {
    public func snapshot(now: Timestamp, capacity: Int) async throws -> EngineSnapshot {
        try await read { db in
            let at = now.milliseconds
            let dates = try db.rows(
                """
                SELECT c.title, d.id, d.starts_at,
                    (SELECT COUNT(*) FROM seat WHERE date_id = d.id) AS seats,
                    (SELECT COUNT(*) FROM seat s JOIN reservation r ON r.seat_id = s.id AND r.status IN ('held', 'confirmed')
                      WHERE s.date_id = d.id AND r.status = 'confirmed') AS sold,
                    (SELECT COUNT(*) FROM seat s JOIN reservation r ON r.seat_id = s.id AND r.status IN ('held', 'confirmed')
                      WHERE s.date_id = d.id AND r.status = 'held' AND r.expires_at > ?) AS held
                FROM concert_date d JOIN concert c ON c.id = d.concert_id
                WHERE d.starts_at > ? ORDER BY d.starts_at, d.id
                """, [at, at]
            ).map { row in
                EngineSnapshot.DateFigures(
                    concertTitle: row["title"], dateID: row["id"], startsAt: Timestamp(milliseconds: row["starts_at"]),
                    seats: row["seats"], sold: row["sold"], held: row["held"])
            }
            let line = try LineFigures.read(for: 0, mark: LapsedWaiters.mark(db), now: now, db)
            return EngineSnapshot(
                now: now,
                waiting: line.waitingCount,
                active: try Self.liveActiveCount(db, now: now),
                capacity: capacity,
                liveHolds: Int(try db.int64("SELECT COUNT(*) FROM reservation WHERE status = 'held' AND expires_at > ?", [at]) ?? 0),
                buyers: Int(try db.int64("SELECT COUNT(*) FROM buyer WHERE name NOT LIKE '@%'") ?? 0),
                pointsHeld: try db.int64("SELECT COALESCE(SUM(balance), 0) FROM buyer") ?? 0,
                dates: dates)
        }
    }
}
