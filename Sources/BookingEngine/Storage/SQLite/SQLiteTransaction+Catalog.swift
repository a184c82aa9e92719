import GRDB

/// The catalog, the database's figures and its events.
extension SQLiteTransaction {
    func catalogLoaded() throws -> Bool {
        try db.int64("SELECT catalog_loaded_at FROM state WHERE id = 1") != nil
    }

    func concert(title: String, venue: String) throws -> ConcertID? {
        try db.int64("SELECT id FROM concert WHERE title = ? AND venue = ?", [title, venue]).map(ConcertID.init)
    }

    func hasPerformance(concert: ConcertID, startsAt: Int64) throws -> Bool {
        try db.int64("SELECT 1 FROM performance WHERE concert_id = ? AND starts_at = ?", [concert.rawValue, startsAt]) != nil
    }

    func isUsed() throws -> Bool {
        try db.int64("SELECT EXISTS (SELECT 1 FROM buyer) OR EXISTS (SELECT 1 FROM concert)") == 1
    }

    func dateFigures(now: Int64) throws -> [EngineSnapshot.DateFigures] {
        let lapsed = try lapsedHolds(now: now)
        return try db.rows(
            """
            SELECT c.title, p.id, p.starts_at, n.seats, n.sold, n.held, v.time_zone
            FROM performance p JOIN concert c ON c.id = p.concert_id JOIN performance_seats n ON n.performance_id = p.id
            JOIN venue v ON v.id = p.venue_id
            WHERE p.starts_at > ? ORDER BY p.starts_at, p.id
            """, [now]
        ).map { row in
            let held: Int = row[5]
            return EngineSnapshot.DateFigures(
                concertTitle: row[0], dateID: row[1], startsAt: Timestamp(milliseconds: row[2]), seats: row[3], sold: row[4],
                held: held - (lapsed[DateID(row[1])]?.total ?? 0), timeZone: row[6])
        }
    }

    func liveHoldTotal(now: Int64) throws -> Int {
        Int(try db.int64("SELECT COUNT(*) FROM reservation WHERE status = 'held' AND expires_at > ?", [now]) ?? 0)
    }

    func buyerCount() throws -> Int {
        Int(try db.int64("SELECT COUNT(*) FROM buyer WHERE name NOT LIKE '@%'") ?? 0)
    }

    func pointsHeld() throws -> Int64 {
        try db.int64("SELECT COALESCE(SUM(balance), 0) FROM buyer") ?? 0
    }

    func events(limit: Int) throws -> [EngineEvent] {
        try db.rows("SELECT at, kind, text, detail FROM event ORDER BY id DESC LIMIT \(limit)").map { row in
            EngineEvent(
                at: Timestamp(milliseconds: row[0]), kind: EngineEvent.Kind(rawValue: row[1]) ?? .note, text: row[2],
                detail: EngineEvent.Detail(json: row[3]))
        }
    }

    func eventMark() throws -> Int64 {
        try db.int64("SELECT COALESCE(MAX(id), 0) FROM event") ?? 0
    }

    func markCatalogLoaded(at moment: Int64) throws {
        try db.run("UPDATE state SET catalog_loaded_at = ? WHERE id = 1", [moment])
    }

    func insertConcert(title: String, venue: String) throws -> ConcertID {
        try db.run("INSERT INTO concert (title, venue) VALUES (?, ?)", [title, venue])
        return ConcertID(db.lastInsertedRowID)
    }

    func recordEvent(_ event: EngineEvent) throws {
        try db.run(
            "INSERT INTO event (at, kind, text, detail) VALUES (?, ?, ?, ?)",
            [event.at.milliseconds, event.kind.rawValue, event.text, try event.detail?.json()])
    }
}
