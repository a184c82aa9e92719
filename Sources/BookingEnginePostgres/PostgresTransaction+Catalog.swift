import BookingEngine
import PostgresNIO

/// The catalog, the database's figures and its events, as SQLite's
/// `SQLiteTransaction+Catalog.swift` has them.
extension PostgresTransaction {
    func catalogLoaded() throws -> Bool {
        try session.value("SELECT catalog_loaded_at FROM state WHERE id = 1", as: Int64.self) != nil
    }

    func concert(title: String, venue: String) throws -> ConcertID? {
        try session.value("SELECT id FROM concert WHERE title = \(title) AND venue = \(venue)", as: Int64.self).map(ConcertID.init)
    }

    func hasPerformance(concert: ConcertID, startsAt: Int64) throws -> Bool {
        try session.row("SELECT 1 FROM performance WHERE concert_id = \(concert.rawValue) AND starts_at = \(startsAt)") != nil
    }

    func isUsed() throws -> Bool {
        try session.value("SELECT EXISTS (SELECT 1 FROM buyer) OR EXISTS (SELECT 1 FROM concert)") ?? false
    }

    func dateFigures(now: Int64) throws -> [EngineSnapshot.DateFigures] {
        let lapsed = try lapsedHolds(now: now)
        return try session.rows(
            """
            SELECT c.title, p.id, p.starts_at, n.seats, n.sold, n.held, v.time_zone
            FROM performance p JOIN concert c ON c.id = p.concert_id JOIN \(unescaped: Self.performanceCounts) n ON n.performance_id = p.id
            JOIN venue v ON v.id = p.venue_id
            WHERE p.starts_at > \(now) ORDER BY p.starts_at, p.id
            """
        ).map { row in
            let held: Int = try row.at(5)
            let date: Int64 = try row.at(1)
            return EngineSnapshot.DateFigures(
                concertTitle: try row.at(0), dateID: date, startsAt: Timestamp(milliseconds: try row.at(2)), seats: try row.at(3),
                sold: try row.at(4), held: held - (lapsed[DateID(date)]?.total ?? 0), timeZone: try row.at(6))
        }
    }

    func liveHoldTotal(now: Int64) throws -> Int {
        try session.value("SELECT COUNT(*) FROM reservation WHERE status = 'held' AND expires_at > \(now)") ?? 0
    }

    func buyerCount() throws -> Int {
        try session.value("SELECT COUNT(*) FROM buyer WHERE name NOT LIKE '@%'") ?? 0
    }

    func pointsHeld() throws -> Int64 {
        try session.value("SELECT COALESCE(SUM(balance), 0)::bigint FROM buyer") ?? 0
    }

    func events(limit: Int) throws -> [EngineEvent] {
        try session.rows("SELECT at, kind, text, detail FROM event ORDER BY id DESC LIMIT \(limit)").map { row in
            EngineEvent(
                at: Timestamp(milliseconds: try row.at(0)), kind: EngineEvent.Kind(rawValue: try row.at(1)) ?? .note, text: try row.at(2),
                detail: EngineEvent.Detail(json: try row.at(3, as: String?.self)))
        }
    }

    func eventMark() throws -> Int64 {
        try session.value("SELECT COALESCE(MAX(id), 0) FROM event") ?? 0
    }

    func insertConcert(title: String, venue: String) throws -> ConcertID {
        ConcertID(try session.value("INSERT INTO concert (title, venue) VALUES (\(title), \(venue)) RETURNING id") ?? 0)
    }

    func recordEvent(_ event: EngineEvent) throws {
        let detail = try event.detail?.json()
        changes?.set()
        try session.run(
            "INSERT INTO event (at, kind, text, detail) VALUES (\(event.at.milliseconds), \(event.kind.rawValue), \(event.text), \(detail))")
    }
}
