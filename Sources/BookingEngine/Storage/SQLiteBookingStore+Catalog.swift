import GRDB

extension SQLiteBookingStore {
    /// The buyer that stands for sales made outside boxoffice (seats a catalog marks sold).
    static let houseBuyer = "@boxoffice"

    public func loadCatalog(_ catalog: CatalogDocument, now: Timestamp, onlyIntoEmptyDatabase: Bool) async throws -> CatalogSummary? {
        try await maintenanceWrite { db in
            if onlyIntoEmptyDatabase, try db.int64("SELECT 1 FROM engine_meta WHERE key = 'catalog_loaded_at'") != nil {
                return nil
            }
            var summary = CatalogSummary(concerts: 0, dates: 0, seats: 0, soldSeats: 0)
            for concert in catalog.concerts {
                summary = summary + (try Self.insert(concert, db, now: now))
            }
            try db.run(
                "INSERT OR REPLACE INTO engine_meta (key, value) VALUES ('catalog_loaded_at', ?)", [String(now.milliseconds)])
            return summary
        }
    }

    private static func insert(_ concert: CatalogDocument.ConcertEntry, _ db: Database, now: Timestamp) throws -> CatalogSummary {
        try db.run("INSERT INTO concert (title, venue) VALUES (?, ?)", [concert.title, concert.venue])
        let concertID = db.lastInsertedRowID
        let seats = concert.seats
        var sold = 0
        for date in concert.dates {
            let startsAt = date.when.resolved(loadedAt: now)
            if try db.int64("SELECT 1 FROM concert_date WHERE concert_id = ? AND starts_at = ?", [concertID, startsAt.milliseconds]) != nil {
                throw BookingError.invalidCatalog(line: date.line, problem: "this concert already has a performance at that time")
            }
            try db.run("INSERT INTO concert_date (concert_id, starts_at) VALUES (?, ?)", [concertID, startsAt.milliseconds])
            let dateID = db.lastInsertedRowID
            var seatIDs: [Int: Int64] = [:]
            for seat in seats {
                try db.run("INSERT INTO seat (date_id, number, grade, price) VALUES (?, ?, ?, ?)", [dateID, seat.number, seat.grade, seat.price])
                seatIDs[seat.number] = db.lastInsertedRowID
            }
            for number in date.soldSeats {
                guard let seatID = seatIDs[number], let price = seats.first(where: { $0.number == number })?.price else { continue }
                try sellAtBoxOffice(seat: seatID, price: price, db, now: now)
                sold += 1
            }
        }
        return CatalogSummary(concerts: 1, dates: concert.dates.count, seats: seats.count * concert.dates.count, soldSeats: sold)
    }

    /// Records a seat sold outside boxoffice as the house buyer's purchase, through the same
    /// ledger rows a buyer's purchase makes, so every sold seat has one payment and points balance out.
    private static func sellAtBoxOffice(seat: Int64, price: Int64, _ db: Database, now: Timestamp) throws {
        _ = try credit(houseBuyer, amount: price, now: now, ceiling: EngineConfiguration.schemaBalanceCeiling, db)
        try db.run("UPDATE buyer SET balance = balance - ? WHERE name = ?", [price, houseBuyer])
        try db.run("INSERT INTO payment (buyer, amount, paid_at) VALUES (?, ?, ?)", [houseBuyer, price, now.milliseconds])
        let payment = db.lastInsertedRowID
        let balance = try db.int64("SELECT balance FROM buyer WHERE name = ?", [houseBuyer]) ?? 0
        try db.run(
            "INSERT INTO ledger (buyer, kind, amount, balance_after, at, payment_id) VALUES (?, 'payment', ?, ?, ?, ?)",
            [houseBuyer, price, balance, now.milliseconds, payment])
        try db.run(
            """
            INSERT INTO reservation (seat_id, buyer, status, price, held_at, expires_at, payment_id)
            VALUES (?, ?, 'confirmed', ?, ?, ?, ?)
            """, [seat, houseBuyer, price, now.milliseconds, now.milliseconds, payment])
    }
}

extension CatalogSummary {
    static func + (lhs: CatalogSummary, rhs: CatalogSummary) -> CatalogSummary {
        CatalogSummary(
            concerts: lhs.concerts + rhs.concerts, dates: lhs.dates + rhs.dates,
            seats: lhs.seats + rhs.seats, soldSeats: lhs.soldSeats + rhs.soldSeats)
    }
}
