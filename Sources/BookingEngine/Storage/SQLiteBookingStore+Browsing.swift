import GRDB

extension SQLiteBookingStore {
    /// Upcoming performances with their free seats; "taken" counts sales and live holds.
    private static let upcomingDates = """
        SELECT c.id AS concert_id, c.title, c.venue, d.id AS date_id, d.starts_at,
            (SELECT COUNT(*) FROM seat WHERE date_id = d.id) AS seats,
            (SELECT COUNT(*) FROM seat s JOIN reservation r
                ON r.seat_id = s.id AND r.status IN ('held', 'confirmed')
              WHERE s.date_id = d.id AND (r.status = 'confirmed' OR r.expires_at > :now)) AS taken
        FROM concert c JOIN concert_date d ON d.concert_id = c.id
        WHERE d.starts_at > :now AND (:concert IS NULL OR c.id = :concert)
        ORDER BY c.id, d.starts_at
        """

    public func concerts(token: TokenID, now: Timestamp) async throws -> [Concert] {
        try await read { db in
            _ = try TokenRecord.active(token, at: now, db)
            let rows = try db.rows(Self.upcomingDates, ["now": now.milliseconds, "concert": nil])
            var concerts: [Concert] = []
            for row in rows {
                let date = Self.concertDate(row)
                if let last = concerts.last, last.id == date.concertID {
                    concerts[concerts.count - 1] = Concert(id: last.id, title: last.title, venue: last.venue, dates: last.dates + [date])
                } else {
                    concerts.append(Concert(id: date.concertID, title: row["title"], venue: row["venue"], dates: [date]))
                }
            }
            return concerts
        }
    }

    public func dates(token: TokenID, concert: ConcertID, now: Timestamp) async throws -> [ConcertDate] {
        try await read { db in
            _ = try TokenRecord.active(token, at: now, db)
            guard try db.int64("SELECT 1 FROM concert WHERE id = ?", [concert.rawValue]) != nil else {
                throw BookingError.concertNotFound(concert)
            }
            return try db.rows(Self.upcomingDates, ["now": now.milliseconds, "concert": concert.rawValue]).map(Self.concertDate)
        }
    }

    public func seatMap(token: TokenID, date: DateID, now: Timestamp) async throws -> SeatMap {
        try await read { db in
            let buyer = try TokenRecord.active(token, at: now, db).user
            guard let header = try db.row(
                """
                SELECT c.id AS concert_id, c.title, c.venue, d.starts_at FROM concert_date d
                JOIN concert c ON c.id = d.concert_id WHERE d.id = ?
                """, [date.rawValue])
            else { throw BookingError.dateNotFound(date) }
            let seats = try db.rows(
                """
                SELECT s.id, s.number, s.grade, s.price, r.id AS reservation, r.buyer, r.status, r.expires_at
                FROM seat s LEFT JOIN reservation r ON r.seat_id = s.id AND r.status IN ('held', 'confirmed')
                    AND (r.status = 'confirmed' OR r.expires_at > ?)
                WHERE s.date_id = ? ORDER BY s.number
                """, [now.milliseconds, date.rawValue]
            ).map { Self.seat($0, buyer: buyer) }
            let grades = Dictionary(seats.map { ($0.grade, $0.price) }, uniquingKeysWith: max)
                .map { SeatGrade(name: $0.key, price: $0.value) }
                .sorted { ($0.price, $1.name) > ($1.price, $0.name) }
            let free = seats.filter { $0.state == .free }.count
            let concertID = ConcertID(header["concert_id"])
            return SeatMap(
                concert: concertID, concertTitle: header["title"], venue: header["venue"],
                date: ConcertDate(id: date, concertID: concertID, startsAt: Timestamp(milliseconds: header["starts_at"]), seatCount: seats.count, freeSeats: free),
                seats: seats, grades: grades, checkedAt: now)
        }
    }

    private static func concertDate(_ row: Row) -> ConcertDate {
        let seats: Int = row["seats"]
        let taken: Int = row["taken"]
        return ConcertDate(
            id: DateID(row["date_id"]), concertID: ConcertID(row["concert_id"]),
            startsAt: Timestamp(milliseconds: row["starts_at"]), seatCount: seats, freeSeats: max(0, seats - taken))
    }

    private static func seat(_ row: Row, buyer: String) -> Seat {
        let state: SeatState
        switch (row["status"] as String?, (row["buyer"] as String?) == buyer) {
        case ("held", true): state = .heldByYou(ReservationID(row["reservation"]), until: Timestamp(milliseconds: row["expires_at"]))
        case ("held", false): state = .held
        case ("confirmed", true): state = .boughtByYou
        case ("confirmed", false): state = .sold
        default: state = .free
        }
        return Seat(id: SeatID(row["id"]), number: row["number"], grade: row["grade"], price: row["price"], state: state)
    }
}
