import GRDB

/// Venues, their sections and rows, and a performance's seats section by section, read
/// from the counts and the seat ranges that the schema's triggers keep
/// (`SQLiteMigrations/0002-venues.sql`).
extension SQLiteTransaction {
    func venueOverview(of date: DateID, now: Int64) throws -> VenueOverview? {
        guard let head = try db.row(
            """
            SELECT c.id, c.title, v.name, v.time_zone, v.stage_x, v.stage_y, v.stage_width, v.stage_height, p.starts_at,
                n.seats, n.sold + n.held
            FROM performance p JOIN concert c ON c.id = p.concert_id JOIN venue v ON v.id = p.venue_id
            JOIN performance_seats n ON n.performance_id = p.id WHERE p.id = ?
            """, [date.rawValue])
        else { return nil }
        let lapsed = try lapsedHolds(now: now)[date]
        let sections = try db.rows(
            """
            SELECT x.id, x.name, x.grade, x.price, x.place_x, x.place_y, x.place_width, x.place_height, x.ordinal, x.row_count,
                n.seats, n.sold + n.held
            FROM section_seats n JOIN section x ON x.id = n.section_id WHERE n.performance_id = ? ORDER BY x.ordinal
            """, [date.rawValue]
        ).map { row in Self.summary(row, lapsed: lapsed?.bySection[SectionID(row[0])] ?? 0) }
        let seats: Int = head[9]
        let taken: Int = head[10]
        let stage = (head[4] as Int?).map { GridBox(x: $0, y: head[5], width: head[6], height: head[7]) }
        let concertDate = ConcertDate(
            id: date, concertID: ConcertID(head[0]), startsAt: Timestamp(milliseconds: head[8]), seatCount: seats,
            freeSeats: max(0, seats - taken + (lapsed?.total ?? 0)), timeZone: head[3])
        return VenueOverview(
            concert: ConcertID(head[0]), concertTitle: head[1], venue: head[2], timeZone: head[3], stage: stage, date: concertDate,
            sections: sections, checkedAt: Timestamp(milliseconds: now))
    }

    /// A section's summary from the columns of `venueOverview`'s section query.
    private static func summary(_ row: Row, lapsed: Int) -> SectionSummary {
        let seats: Int = row[10]
        let taken: Int = row[11]
        return SectionSummary(
            id: SectionID(row[0]), name: row[1], grade: row[2], price: row[3],
            place: GridBox(x: row[4], y: row[5], width: row[6], height: row[7]), order: row[8], rowCount: row[9],
            seatCount: seats, freeSeats: max(0, seats - taken + lapsed))
    }

    /// The section's rows and its seat range come from two small lookups; the seats
    /// themselves only through the reservations live on that range.
    func sectionSeats(of date: DateID, section: SectionID, for buyer: String, now: Int64) throws -> SectionSeats? {
        guard let head = try db.row(
            """
            SELECT x.id, x.name, x.grade, x.price, x.place_x, x.place_y, x.place_width, x.place_height, x.ordinal, x.row_count,
                n.seats, n.sold + n.held, n.first_seat
            FROM section_seats n JOIN section x ON x.id = n.section_id WHERE n.performance_id = ? AND n.section_id = ?
            """, [date.rawValue, section.rawValue])
        else { return nil }
        let rows = try db.rows("SELECT label, seats FROM section_row WHERE section_id = ? ORDER BY ordinal", [section.rawValue])
            .map { SectionRow(label: $0[0], seats: $0[1]) }
        let first: Int64 = head[12]
        let count: Int = head[10]
        var states = [SeatState](repeating: .free, count: count)
        var lapsed = 0
        for row in try db.rows(
            """
            SELECT seat_id, id, buyer, status, expires_at FROM reservation
            WHERE seat_id BETWEEN ? AND ? AND status IN ('held', 'confirmed')
            """, [first, first + Int64(count) - 1])
        {
            let index = Int((row[0] as Int64) - first)
            let status: String = row[3]
            let until: Int64 = row[4]
            if status == "held", until <= now {
                lapsed += 1
                continue
            }
            states[index] = Self.seatState(status: status, mine: (row[2] as String) == buyer, reservation: row[1], until: until)
        }
        return SectionSeats(
            date: date, section: Self.summary(head, lapsed: lapsed), rows: rows, firstSeat: SeatID(first), states: states,
            checkedAt: Timestamp(milliseconds: now))
    }

    func insertVenue(_ venue: VenueLayout) throws -> (venue: VenueID, sections: [SectionID]) {
        try db.run(
            "INSERT INTO venue (name, time_zone, stage_x, stage_y, stage_width, stage_height) VALUES (?, ?, ?, ?, ?, ?)",
            [venue.name, venue.timeZone, venue.stage?.x, venue.stage?.y, venue.stage?.width, venue.stage?.height])
        let venueID = db.lastInsertedRowID
        var sections: [SectionID] = []
        for (ordinal, section) in venue.sections.enumerated() {
            try db.run(
                """
                INSERT INTO section (venue_id, ordinal, name, grade, price, place_x, place_y, place_width, place_height,
                    row_count, seat_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [venueID, ordinal, section.name, section.grade, section.price, section.place.x, section.place.y,
                 section.place.width, section.place.height, section.rows.count, section.seatCount])
            let sectionID = db.lastInsertedRowID
            for (rowOrdinal, row) in section.rows.enumerated() {
                try db.run(
                    "INSERT INTO section_row (section_id, ordinal, label, seats) VALUES (?, ?, ?, ?)",
                    [sectionID, rowOrdinal, row.label, row.seats])
            }
            sections.append(SectionID(sectionID))
        }
        return (VenueID(venueID), sections)
    }

    func insertPerformance(concert: ConcertID, venue: VenueID, startsAt: Int64) throws -> DateID {
        try db.run("INSERT INTO performance (concert_id, starts_at, venue_id) VALUES (?, ?, ?)", [concert.rawValue, startsAt, venue.rawValue])
        return DateID(db.lastInsertedRowID)
    }

    func insertSeats(date: DateID, section: SectionID, layout: SectionLayout, firstNumber: Int) throws -> SeatID {
        var number = firstNumber
        var first: Int64?
        for (ordinal, row) in layout.rows.enumerated() {
            for seat in 1...row.seats {
                try db.run(
                    """
                    INSERT INTO seat (performance_id, number, grade, price, section_id, row_ordinal, seat_in_row)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, [date.rawValue, number, layout.grade, layout.price, section.rawValue, ordinal, seat])
                first = first ?? db.lastInsertedRowID
                number += 1
            }
        }
        return SeatID(first ?? 0)
    }
}
