import GRDB

/// Seats, holds and sales.
extension SQLiteTransaction {
    /// Upcoming performances with their seats from the kept counts.
    private static let upcomingDates = """
        SELECT c.id, c.title, c.venue, p.id, p.starts_at, n.seats, n.sold + n.held, v.time_zone
        FROM concert c JOIN performance p ON p.concert_id = c.id JOIN performance_seats n ON n.performance_id = p.id
        JOIN venue v ON v.id = p.venue_id
        WHERE p.starts_at > :now AND (:concert IS NULL OR c.id = :concert)
        ORDER BY c.id, p.starts_at
        """

    func upcomingDates(concert: ConcertID?, now: Int64) throws -> [(concert: Concert, date: ConcertDate)] {
        let lapsed = try lapsedHolds(now: now)
        return try db.rows(Self.upcomingDates, ["now": now, "concert": concert?.rawValue]).map { row in
            let concertID = ConcertID(row[0])
            let dateID = DateID(row[3])
            let seats: Int = row[5]
            let taken: Int = row[6]
            let date = ConcertDate(
                id: dateID, concertID: concertID, startsAt: Timestamp(milliseconds: row[4]), seatCount: seats,
                freeSeats: max(0, seats - taken + (lapsed[dateID]?.total ?? 0)), timeZone: row[7])
            return (Concert(id: concertID, title: row[1], venue: row[2], dates: []), date)
        }
    }

    /// Holds past their deadline that the sweep has not cancelled yet, by performance and
    /// section: the kept counts still count them as held, but their seats are free. Few,
    /// since the sweep runs every minute; found through `reservation_held_expiry`.
    func lapsedHolds(now: Int64) throws -> [DateID: (total: Int, bySection: [SectionID: Int])] {
        var lapsed: [DateID: (total: Int, bySection: [SectionID: Int])] = [:]
        for row in try db.rows(
            """
            SELECT s.performance_id, s.section_id, COUNT(*) FROM reservation r JOIN seat s ON s.id = r.seat_id
            WHERE r.status = 'held' AND r.expires_at <= ? GROUP BY s.performance_id, s.section_id
            """, [now])
        {
            let date = DateID(row[0])
            let count: Int = row[2]
            var entry = lapsed[date] ?? (0, [:])
            entry.total += count
            entry.bySection[SectionID(row[1])] = count
            lapsed[date] = entry
        }
        return lapsed
    }

    func concertExists(_ concert: ConcertID) throws -> Bool {
        try db.int64("SELECT 1 FROM concert WHERE id = ?", [concert.rawValue]) != nil
    }

    func performance(_ date: DateID) throws -> PerformanceRow? {
        try db.row(
            """
            SELECT c.id, c.title, c.venue, p.starts_at, v.time_zone
            FROM performance p JOIN concert c ON c.id = p.concert_id JOIN venue v ON v.id = p.venue_id WHERE p.id = ?
            """,
            [date.rawValue]
        ).map { PerformanceRow(concert: ConcertID($0[0]), title: $0[1], venue: $0[2], startsAt: $0[3], timeZone: $0[4]) }
    }

    func seats(of date: DateID, for buyer: String, now: Int64) throws -> [Seat] {
        try db.rows(
            """
            SELECT s.id, s.number, s.grade, s.price, r.id, r.buyer, r.status, r.expires_at, x.name, w.label, s.seat_in_row
            FROM seat s JOIN section x ON x.id = s.section_id
            JOIN section_row w ON w.section_id = s.section_id AND w.ordinal = s.row_ordinal
            LEFT JOIN reservation r ON r.seat_id = s.id AND r.status IN ('held', 'confirmed')
                AND (r.status = 'confirmed' OR r.expires_at > ?)
            WHERE s.performance_id = ? ORDER BY s.number
            """, [now, date.rawValue]
        ).map { row in
            let state = Self.seatState(status: row[6], mine: (row[5] as String?) == buyer, reservation: row[4], until: row[7])
            return Seat(
                id: SeatID(row[0]), number: row[1], grade: row[2], price: row[3], state: state, section: row[8], row: row[9],
                seatInRow: row[10])
        }
    }

    /// A seat's state from its live reservation's columns (all nil when free).
    static func seatState(status: String?, mine: Bool, reservation: Int64?, until: Int64?) -> SeatState {
        switch (status, mine) {
        case ("held", true): .heldByYou(ReservationID(reservation ?? 0), until: Timestamp(milliseconds: until ?? 0))
        case ("held", false): .held
        case ("confirmed", true): .boughtByYou
        case ("confirmed", false): .sold
        default: .free
        }
    }

    /// The seat, found with its live reservation through `reservation_live_seat` whatever
    /// number of cancelled ones it has.
    func seat(_ id: SeatID) throws -> SeatRow? {
        try db.row(
            """
            \(Self.labelColumns), s.price, r.id, r.buyer, r.status, r.price, r.expires_at, r.payment_id
            \(Self.labelJoins)
            LEFT JOIN reservation r ON r.seat_id = s.id AND r.status IN ('held', 'confirmed')
            WHERE s.id = ?
            """, [id.rawValue]
        ).map { row in
            let reservation = (row[11] as Int64?).map { reservation in
                ReservationRow(
                    id: ReservationID(reservation), seat: id, buyer: row[12], status: ReservationRow.Status(rawValue: row[13]) ?? .held,
                    price: row[14], expiresAt: row[15], payment: (row[16] as Int64?).map(PaymentID.init))
            }
            return SeatRow(id: id, label: Self.label(row, at: 0), price: row[10], reservation: reservation)
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

    /// A seat label's ten columns, from `labelJoins`.
    private static let labelColumns = """
        SELECT s.id, s.number, s.grade, p.id, p.starts_at, c.title, x.name, w.label, s.seat_in_row, v.time_zone
        """

    /// `s` the seat, `p` its performance, `c` the concert, `x` the section, `w` the row, `v` the venue.
    private static let labelJoins = """
        FROM seat s JOIN performance p ON p.id = s.performance_id JOIN concert c ON c.id = p.concert_id
        JOIN section x ON x.id = s.section_id JOIN section_row w ON w.section_id = s.section_id AND w.ordinal = s.row_ordinal
        JOIN venue v ON v.id = p.venue_id
        """

    /// The label from `labelColumns` starting at column `first`.
    private static func label(_ row: Row, at first: Int) -> SeatLabel {
        SeatLabel(
            seatID: SeatID(row[first]), concertTitle: row[first + 5], dateID: DateID(row[first + 3]),
            startsAt: Timestamp(milliseconds: row[first + 4]), seatNumber: row[first + 1], grade: row[first + 2],
            section: row[first + 6], row: row[first + 7], seatInRow: row[first + 8], timeZone: row[first + 9])
    }

    private static let reservationDetails = """
        \(labelColumns), r.id, r.price, r.held_at, r.expires_at, r.payment_id, pay.paid_at
        \(labelJoins)
        JOIN reservation r ON r.seat_id = s.id LEFT JOIN payment pay ON pay.id = r.payment_id
        """

    private static func booking(_ row: Row) -> Booking {
        Booking(
            id: ReservationID(row[10]), payment: PaymentID(row[14]), seat: label(row, at: 0), price: row[11],
            paidAt: Timestamp(milliseconds: row[15]))
    }

    func holds(buyer: String, now: Int64) throws -> [Hold] {
        try db.rows(
            "\(Self.reservationDetails) WHERE r.buyer = ? AND r.status = 'held' AND r.expires_at > ? ORDER BY r.expires_at, r.id",
            [buyer, now]
        ).map { row in
            Hold(
                id: ReservationID(row[10]), seat: Self.label(row, at: 0), price: row[11], heldAt: Timestamp(milliseconds: row[12]),
                expiresAt: Timestamp(milliseconds: row[13]))
        }
    }

    func bookings(buyer: String) throws -> [Booking] {
        try db.rows(
            "\(Self.reservationDetails) WHERE r.buyer = ? AND r.status = 'confirmed' ORDER BY pay.paid_at DESC, r.id",
            [buyer]
        ).map(Self.booking)
    }

    func paymentToken(_ payment: PaymentID) throws -> String? {
        try db.row("SELECT token FROM payment WHERE id = ?", [payment.rawValue]).flatMap { $0[0] }
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
