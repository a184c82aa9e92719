import GRDB

extension SQLiteBookingStore {
    public func hold(token: TokenID, seats: [SeatID], now: Timestamp, policy: EngineConfiguration) async throws -> [Hold] {
        try await write { db in
            let buyer = try TokenRecord.active(token, at: now, db).user
            let holding = try db.int64(
                "SELECT COUNT(*) FROM reservation WHERE buyer = ? AND status = 'held' AND expires_at > ?",
                [buyer, now.milliseconds]) ?? 0
            if Int(holding) + seats.count > policy.holdLimit {
                throw BookingError.holdLimitReached(limit: policy.holdLimit)
            }
            let deadline = now + policy.holdDuration
            var held: [Hold] = []
            for seatID in seats {
                let seat = try SeatForHold.read(seatID, db)
                if seat.label.startsAt <= now {
                    throw BookingError.invalidRequest("That performance has already started; pick an upcoming date")
                }
                // A hold past its deadline is canceled here: the seat is free from the moment
                // the hold ran out.
                if let live = seat.live {
                    guard live.status == "held", live.expiresAt <= now.milliseconds else {
                        throw BookingError.seatUnavailable(seatNumber: seat.label.seatNumber)
                    }
                    try db.run("UPDATE reservation SET status = 'canceled' WHERE id = ?", [live.id])
                }
                try db.run(
                    """
                    INSERT INTO reservation (seat_id, buyer, status, price, held_at, expires_at)
                    VALUES (?, ?, 'held', ?, ?, ?)
                    """, [seatID.rawValue, buyer, seat.price, now.milliseconds, deadline.milliseconds])
                held.append(Hold(
                    id: ReservationID(db.lastInsertedRowID), seat: seat.label, price: seat.price, heldAt: now,
                    expiresAt: deadline))
            }
            return held
        }
    }

    public func release(token: TokenID, reservation: ReservationID, now: Timestamp) async throws {
        try await write { db in
            let buyer = try TokenRecord.live(token, at: now, db).user
            guard let row = try db.row("SELECT buyer, status, expires_at FROM reservation WHERE id = ?", [reservation.rawValue]) else {
                throw BookingError.reservationNotFound(reservation)
            }
            guard (row["buyer"] as String) == buyer else { throw BookingError.notYourReservation(reservation) }
            switch row["status"] as String {
            case "confirmed": throw BookingError.alreadyPaid(reservation)
            case "held": try db.run("UPDATE reservation SET status = 'canceled' WHERE id = ?", [reservation.rawValue])
            default: break
            }
        }
    }

    public func releaseExpiredHolds(now: Timestamp) async throws -> Int {
        try await maintenanceWrite { db in
            try db.run("UPDATE reservation SET status = 'canceled' WHERE status = 'held' AND expires_at <= ?", [now.milliseconds])
        }
    }

    public func holds(user: String, now: Timestamp) async throws -> [Hold] {
        try await read { db in
            try db.int64s(
                "SELECT id FROM reservation WHERE buyer = ? AND status = 'held' AND expires_at > ? ORDER BY expires_at, id",
                [.text(user), .integer(now.milliseconds)]
            ).map { try Self.hold(ReservationID($0), db) }
        }
    }

    public func bookings(user: String) async throws -> [Booking] {
        try await read { db in
            try db.int64s(
                """
                SELECT r.id FROM reservation r JOIN payment p ON p.id = r.payment_id
                WHERE r.buyer = ? AND r.status = 'confirmed' ORDER BY p.paid_at DESC, r.id
                """, [.text(user)]
            ).map { try Self.booking(ReservationID($0), db) }
        }
    }

    static let reservationDetails = """
        SELECT r.id, r.price, r.held_at, r.expires_at, r.payment_id, p.paid_at,
            s.number, s.grade, d.id AS date_id, d.starts_at, c.title
        FROM reservation r JOIN seat s ON s.id = r.seat_id JOIN concert_date d ON d.id = s.date_id
        JOIN concert c ON c.id = d.concert_id LEFT JOIN payment p ON p.id = r.payment_id
        WHERE r.id = ?
        """

    static func label(_ row: Row) -> SeatLabel {
        SeatLabel(
            concertTitle: row["title"], dateID: DateID(row["date_id"]), startsAt: Timestamp(milliseconds: row["starts_at"]),
            seatNumber: row["number"], grade: row["grade"])
    }

    static func hold(_ id: ReservationID, _ db: Database) throws -> Hold {
        guard let row = try db.row(reservationDetails, [id.rawValue]) else { throw BookingError.reservationNotFound(id) }
        return Hold(
            id: id, seat: label(row), price: row["price"], heldAt: Timestamp(milliseconds: row["held_at"]),
            expiresAt: Timestamp(milliseconds: row["expires_at"]))
    }

    static func booking(_ id: ReservationID, _ db: Database) throws -> Booking {
        guard let row = try db.row(reservationDetails, [id.rawValue]), let payment = row["payment_id"] as Int64? else {
            throw BookingError.reservationNotFound(id)
        }
        return Booking(
            id: id, payment: PaymentID(payment), seat: label(row), price: row["price"],
            paidAt: Timestamp(milliseconds: row["paid_at"]))
    }
}
