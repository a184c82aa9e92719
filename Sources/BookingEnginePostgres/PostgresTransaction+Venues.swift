import BookingEngine
import PostgresNIO

/// Venues, their sections and rows, and a performance's seats section by section, read
/// from the counts and seat ranges the schema's triggers keep (as SQLite's
/// `SQLiteTransaction+Venues.swift` does).
extension PostgresTransaction {
    func venueOverview(of date: DateID, now: Int64) throws -> VenueOverview? {
        guard let head = try session.row(
            """
            SELECT c.id, c.title, v.name, v.time_zone, v.stage_x, v.stage_y, v.stage_width, v.stage_height, p.starts_at,
                n.seats, n.sold + n.held
            FROM performance p JOIN concert c ON c.id = p.concert_id JOIN venue v ON v.id = p.venue_id
            JOIN \(unescaped: Self.performanceCounts) n ON n.performance_id = p.id WHERE p.id = \(date.rawValue)
            """)
        else { return nil }
        let lapsed = try lapsedHolds(now: now)[date]
        let sections = try session.rows(
            """
            SELECT x.id, x.name, x.grade, x.price, x.place_x, x.place_y, x.place_width, x.place_height, x.ordinal, x.row_count,
                n.seats, n.sold + n.held
            FROM section_seats n JOIN section x ON x.id = n.section_id WHERE n.performance_id = \(date.rawValue) ORDER BY x.ordinal
            """
        ).map { row in try Self.summary(row, lapsed: lapsed?.bySection[SectionID(try row.at(0))] ?? 0) }
        let seats: Int = try head.at(9)
        let taken: Int = try head.at(10)
        let stage = try (head.at(4, as: Int?.self)).map {
            GridBox(x: $0, y: try head.at(5), width: try head.at(6), height: try head.at(7))
        }
        let timeZone: String = try head.at(3)
        let concertDate = ConcertDate(
            id: date, concertID: ConcertID(try head.at(0)), startsAt: Timestamp(milliseconds: try head.at(8)), seatCount: seats,
            freeSeats: max(0, seats - taken + (lapsed?.total ?? 0)), timeZone: timeZone)
        return VenueOverview(
            concert: ConcertID(try head.at(0)), concertTitle: try head.at(1), venue: try head.at(2), timeZone: timeZone, stage: stage,
            date: concertDate, sections: sections, checkedAt: Timestamp(milliseconds: now))
    }

    /// A section's summary from the columns of `venueOverview`'s section query.
    private static func summary(_ row: PostgresRandomAccessRow, lapsed: Int) throws -> SectionSummary {
        let seats: Int = try row.at(10)
        let taken: Int = try row.at(11)
        return SectionSummary(
            id: SectionID(try row.at(0)), name: try row.at(1), grade: try row.at(2), price: try row.at(3),
            place: GridBox(x: try row.at(4), y: try row.at(5), width: try row.at(6), height: try row.at(7)), order: try row.at(8),
            rowCount: try row.at(9), seatCount: seats, freeSeats: max(0, seats - taken + lapsed))
    }

    func sectionSeats(of date: DateID, section: SectionID, for buyer: String, now: Int64) throws -> SectionSeats? {
        guard let head = try session.row(
            """
            SELECT x.id, x.name, x.grade, x.price, x.place_x, x.place_y, x.place_width, x.place_height, x.ordinal, x.row_count,
                n.seats, n.sold + n.held, n.first_seat
            FROM section_seats n JOIN section x ON x.id = n.section_id
            WHERE n.performance_id = \(date.rawValue) AND n.section_id = \(section.rawValue)
            """)
        else { return nil }
        let rows = try session.rows("SELECT label, seats FROM section_row WHERE section_id = \(section.rawValue) ORDER BY ordinal")
            .map { SectionRow(label: try $0.at(0), seats: try $0.at(1)) }
        let first: Int64 = try head.at(12)
        let count: Int = try head.at(10)
        var states = [SeatState](repeating: .free, count: count)
        var lapsed = 0
        for row in try session.rows(
            """
            SELECT seat_id, id, buyer, status, expires_at FROM reservation
            WHERE seat_id BETWEEN \(first) AND \(first + Int64(count) - 1) AND status IN ('held', 'confirmed')
            """)
        {
            let index = Int((try row.at(0, as: Int64.self)) - first)
            let status: String = try row.at(3)
            let until: Int64 = try row.at(4)
            if status == "held", until <= now {
                lapsed += 1
                continue
            }
            states[index] = Self.seatState(status: status, mine: (try row.at(2, as: String.self)) == buyer, reservation: try row.at(1), until: until)
        }
        return SectionSeats(
            date: date, section: try Self.summary(head, lapsed: lapsed), rows: rows, firstSeat: SeatID(first), states: states,
            checkedAt: Timestamp(milliseconds: now))
    }

    func insertVenue(_ venue: VenueLayout) throws -> (venue: VenueID, sections: [SectionID]) {
        let venueID: Int64 = try session.value(
            """
            INSERT INTO venue (name, time_zone, stage_x, stage_y, stage_width, stage_height)
            VALUES (\(venue.name), \(venue.timeZone), \(venue.stage?.x), \(venue.stage?.y), \(venue.stage?.width), \(venue.stage?.height))
            RETURNING id
            """) ?? 0
        var sections: [SectionID] = []
        for (ordinal, section) in venue.sections.enumerated() {
            let sectionID: Int64 = try session.value(
                """
                INSERT INTO section (venue_id, ordinal, name, grade, price, place_x, place_y, place_width, place_height,
                    row_count, seat_count)
                VALUES (\(venueID), \(ordinal), \(section.name), \(section.grade), \(section.price), \(section.place.x),
                    \(section.place.y), \(section.place.width), \(section.place.height), \(section.rows.count), \(section.seatCount))
                RETURNING id
                """) ?? 0
            try session.run(
                """
                INSERT INTO section_row (section_id, ordinal, label, seats)
                SELECT \(sectionID), ordinal - 1, label, seats
                FROM unnest(\(section.rows.map(\.label)), \(section.rows.map { Int64($0.seats) })) WITH ORDINALITY AS r(label, seats, ordinal)
                """)
            sections.append(SectionID(sectionID))
        }
        return (VenueID(venueID), sections)
    }

    func insertPerformance(concert: ConcertID, venue: VenueID, startsAt: Int64) throws -> DateID {
        DateID(try session.value(
            "INSERT INTO performance (concert_id, starts_at, venue_id) VALUES (\(concert.rawValue), \(startsAt), \(venue.rawValue)) RETURNING id"
        ) ?? 0)
    }

    /// All of the section's seats in one statement, with ids following the highest one
    /// stored: consecutive in row order, as the schema requires. Two loads adding seats at
    /// once collide on those ids; the later one is rolled back and run again.
    func insertSeats(date: DateID, section: SectionID, layout: SectionLayout, firstNumber: Int) throws -> SeatID {
        let first: Int64 = try session.value("SELECT COALESCE(MAX(id), 0) + 1 FROM seat") ?? 1
        var rowOrdinals: [Int64] = []
        var places: [Int64] = []
        for (ordinal, row) in layout.rows.enumerated() {
            for place in 1...max(1, row.seats) {
                rowOrdinals.append(Int64(ordinal))
                places.append(Int64(place))
            }
        }
        try session.run(
            """
            INSERT INTO seat (id, performance_id, number, grade, price, section_id, row_ordinal, seat_in_row)
            SELECT \(first) + s.n - 1, \(date.rawValue), \(Int64(firstNumber)) + s.n - 1, \(layout.grade), \(layout.price),
                \(section.rawValue), s.row_ordinal, s.place
            FROM unnest(\(rowOrdinals), \(places)) WITH ORDINALITY AS s(row_ordinal, place, n)
            """)
        return SeatID(first)
    }
}
