import GRDB

/// Seats, holds and sales.
extension SQLiteTransaction {
    /// Upcoming performances with their free seats; "taken" counts sales and live holds.
    private static let upcomingDates = """
        SELECT c.id, c.title, c.venue, p.id, p.starts_at,
            (SELECT COUNT(*) FROM seat WHERE performance_id = p.id),
            (SELECT COUNT(*) FROM seat s JOIN reservation r ON r.seat_id = s.id AND r.status IN ('held', 'confirmed')
              WHERE s.performance_id = p.id AND (r.status = 'confirmed' OR r.expires_at > :now))
        FROM concert c JOIN performance p ON p.concert_id = c.id
        WHERE p.starts_at > :now AND (:concert IS NULL OR c.id = :concert)
        ORDER BY c.id, p.starts_at
        """

    func upcomingDates(concert: ConcertID?, now: Int64) throws -> [(concert: Concert, date: ConcertDate)] {
        try db.rows(Self.upcomingDates, ["now": now, "concert": concert?.rawValue]).map { row in
            let concertID = ConcertID(row[0])
            let seats: Int = row[5]
            let taken: Int = row[6]
            let date = ConcertDate(
                id: DateID(row[3]), concertID: concertID, startsAt: Timestamp(milliseconds: row[4]), seatCount: seats,
                freeSeats: max(0, seats - taken))
            return (Concert(id: concertID, title: row[1], venue: row[2], dates: []), date)
        }
    }

    func concertExists(_ concert: ConcertID) throws -> Bool {
        try db.int64("SELECT 1 FROM concert WHERE id = ?", [concert.rawValue]) != nil
    }

    func performance(_ date: DateID) throws -> (concert: ConcertID, title: String, venue: String, startsAt: Int64)? {
        try db.row(
            "SELECT c.id, c.title, c.venue, p.starts_at FROM performance p JOIN concert c ON c.id = p.concert_id WHERE p.id = ?",
            [date.rawValue]
        ).map { (ConcertID($0[0]), $0[1], $0[2], $0[3]) }
    }

    func seats(of date: DateID, for buyer: String, now: Int64) throws -> [Seat] {
        try db.rows(
            """
            SELECT s.id, s.number, s.grade, s.price, r.id, r.buyer, r.status, r.expires_at
            FROM seat s LEFT JOIN reservation r ON r.seat_id = s.id AND r.status IN ('held', 'confirmed')
                AND (r.status = 'confirmed' OR r.expires_at > ?)
            WHERE s.performance_id = ? ORDER BY s.number
            """, [now, date.rawValue]
        ).map { row in
            let state: SeatState
            switch (row[6] as String?, (row[5] as String?) == buyer) {
            case ("held", true): state = .heldByYou(ReservationID(row[4]), until: Timestamp(milliseconds: row[7]))
            case ("held", false): state = .held
            case ("confirmed", true): state = .boughtByYou
            case ("confirmed", false): state = .sold
            default: state = .free
            }
            return Seat(id: SeatID(row[0]), number: row[1], grade: row[2], price: row[3], state: state)
        }
    }

    /// The seat, found with its live reservation through `reservation_live_seat` whatever
    /// number of cancelled ones it has.
    func seat(_ id: SeatID) throws -> SeatRow? {
        try db.row(
            """
            SELECT s.number, s.grade, s.price, p.id, p.starts_at, c.title,
                r.id, r.buyer, r.status, r.price, r.expires_at, r.payment_id
            FROM seat s JOIN performance p ON p.id = s.performance_id JOIN concert c ON c.id = p.concert_id
            LEFT JOIN reservation r ON r.seat_id = s.id AND r.status IN ('held', 'confirmed')
            WHERE s.id = ?
            """, [id.rawValue]
        ).map { row in
            let label = SeatLabel(
                seatID: id, concertTitle: row[5], dateID: DateID(row[3]), startsAt: Timestamp(milliseconds: row[4]), seatNumber: row[0], grade: row[1])
            let reservation = (row[6] as Int64?).map { reservation in
                ReservationRow(
                    id: ReservationID(reservation), seat: id, buyer: row[7], status: ReservationRow.Status(rawValue: row[8]) ?? .held,
                    price: row[9], expiresAt: row[10], payment: (row[11] as Int64?).map(PaymentID.init))
            }
            return SeatRow(id: id, label: label, price: row[2], reservation: reservation)
        }
    }

    func reservation(_ id: ReservationID) throws -> ReservationRow? {
        try db.row("SELECT seat_id, buyer, status, price, expires_at, payment_id FROM reservation WHERE id = ?", [id.rawValue]).map { row in
            ReservationRow(
                id: id, seat: SeatID(row[0]), buyer: row[1], status: ReservationRow.Status(rawValue: row[2]) ?? .canceled,
                price: row[3], expiresAt: row[4], payment: (row[5] as Int64?).map(PaymentID.init))
        }
    }

    func liveHoldCount(buyer: String, now: Int64) throws -> Int {
        Int(try db.int64("SELECT COUNT(*) FROM reservation WHERE buyer = ? AND status = 'held' AND expires_at > ?", [buyer, now]) ?? 0)
    }

    private static let reservationDetails = """
        SELECT r.id, r.price, r.held_at, r.expires_at, r.payment_id, pay.paid_at,
            s.number, s.grade, p.id, p.starts_at, c.title, r.seat_id
        FROM reservation r JOIN seat s ON s.id = r.seat_id JOIN performance p ON p.id = s.performance_id
        JOIN concert c ON c.id = p.concert_id LEFT JOIN payment pay ON pay.id = r.payment_id
        """

    private static func label(_ row: Row) -> SeatLabel {
        SeatLabel(seatID: SeatID(row[11]), concertTitle: row[10], dateID: DateID(row[8]), startsAt: Timestamp(milliseconds: row[9]), seatNumber: row[6], grade: row[7])
    }

    private static func booking(_ row: Row) -> Booking {
        Booking(
            id: ReservationID(row[0]), payment: PaymentID(row[4]), seat: label(row), price: row[1],
            paidAt: Timestamp(milliseconds: row[5]))
    }

    func holds(buyer: String, now: Int64) throws -> [Hold] {
        try db.rows(
            "\(Self.reservationDetails) WHERE r.buyer = ? AND r.status = 'held' AND r.expires_at > ? ORDER BY r.expires_at, r.id",
            [buyer, now]
        ).map { row in
            Hold(
                id: ReservationID(row[0]), seat: Self.label(row), price: row[1], heldAt: Timestamp(milliseconds: row[2]),
                expiresAt: Timestamp(milliseconds: row[3]))
        }
    }

    func bookings(buyer: String) throws -> [Booking] {
        try db.rows(
            "\(Self.reservationDetails) WHERE r.buyer = ? AND r.status = 'confirmed' ORDER BY pay.paid_at DESC, r.id",
            [buyer]
        ).map(Self.booking)
    }

    func receipt(_ payment: PaymentID) throws -> Receipt? {
        guard let row = try db.row(
            "SELECT p.amount, p.paid_at, l.balance_after FROM payment p JOIN ledger l ON l.payment_id = p.id WHERE p.id = ?",
            [payment.rawValue])
        else { return nil }
        let bookings = try db.rows("\(Self.reservationDetails) WHERE r.payment_id = ? ORDER BY r.id", [payment.rawValue]).map(Self.booking)
        return Receipt(
            payment: payment, bookings: bookings, amount: row[0], balanceAfter: row[2], paidAt: Timestamp(milliseconds: row[1]),
            wasAlreadyPaid: false)
    }

    func insertHold(seat: SeatID, buyer: String, price: Int64, heldAt: Int64, expiresAt: Int64) throws -> ReservationID {
        try db.run(
            "INSERT INTO reservation (seat_id, buyer, status, price, held_at, expires_at) VALUES (?, ?, 'held', ?, ?, ?)",
            [seat.rawValue, buyer, price, heldAt, expiresAt])
        return ReservationID(db.lastInsertedRowID)
    }

    func cancelHold(_ id: ReservationID) throws -> Int {
        try db.run("UPDATE reservation SET status = 'canceled' WHERE id = ? AND status = 'held'", [id.rawValue])
    }

    func cancelOwnHold(_ id: ReservationID, buyer: String) throws -> Int {
        try db.run("UPDATE reservation SET status = 'canceled' WHERE id = ? AND buyer = ? AND status = 'held'", [id.rawValue, buyer])
    }

    func confirmOwnHold(_ id: ReservationID, buyer: String, payment: PaymentID, now: Int64) throws -> Int {
        try db.run(
            "UPDATE reservation SET status = 'confirmed', payment_id = ? WHERE id = ? AND buyer = ? AND status = 'held' AND expires_at > ?",
            [payment.rawValue, id.rawValue, buyer, now])
    }

    func cancelExpiredHolds(now: Int64) throws -> Int {
        try db.run("UPDATE reservation SET status = 'canceled' WHERE status = 'held' AND expires_at <= ?", [now])
    }

    func insertSale(seat: SeatID, buyer: String, price: Int64, payment: PaymentID, at moment: Int64) throws {
        try db.run(
            """
            INSERT INTO reservation (seat_id, buyer, status, price, held_at, expires_at, payment_id)
            VALUES (?, ?, 'confirmed', ?, ?, ?, ?)
            """, [seat.rawValue, buyer, price, moment, moment, payment.rawValue])
    }
}
