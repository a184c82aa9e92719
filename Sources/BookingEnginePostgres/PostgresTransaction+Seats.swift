import BookingEngine
import PostgresNIO

/// Seats, holds and sales, as SQLite's `SQLiteTransaction+Seats.swift` has them.
extension PostgresTransaction {
    func upcomingDates(concert: ConcertID?, now: Int64) throws -> [(concert: Concert, date: ConcertDate)] {
        let lapsed = try lapsedHolds(now: now)
        let concertID = concert?.rawValue
        return try session.rows(
            """
            SELECT c.id, c.title, c.venue, p.id, p.starts_at, n.seats, n.sold + n.held, v.time_zone
            FROM concert c JOIN performance p ON p.concert_id = c.id JOIN \(unescaped: Self.performanceCounts) n ON n.performance_id = p.id
            JOIN venue v ON v.id = p.venue_id
            WHERE p.starts_at > \(now) AND (\(concertID)::bigint IS NULL OR c.id = \(concertID)::bigint)
            ORDER BY c.id, p.starts_at
            """
        ).map { row in
            let concertID = ConcertID(try row.at(0))
            let dateID = DateID(try row.at(3))
            let seats: Int = try row.at(5)
            let taken: Int = try row.at(6)
            let date = ConcertDate(
                id: dateID, concertID: concertID, startsAt: Timestamp(milliseconds: try row.at(4)), seatCount: seats,
                freeSeats: max(0, seats - taken + (lapsed[dateID]?.total ?? 0)), timeZone: try row.at(7))
            return (Concert(id: concertID, title: try row.at(1), venue: try row.at(2), dates: []), date)
        }
    }

    /// Holds past their deadline that the sweep has not cancelled yet, by performance and
    /// section: the kept counts still count them as held, but their seats are free.
    func lapsedHolds(now: Int64) throws -> [DateID: (total: Int, bySection: [SectionID: Int])] {
        var lapsed: [DateID: (total: Int, bySection: [SectionID: Int])] = [:]
        for row in try session.rows(
            """
            SELECT s.performance_id, s.section_id, COUNT(*) FROM reservation r JOIN seat s ON s.id = r.seat_id
            WHERE r.status = 'held' AND r.expires_at <= \(now) GROUP BY s.performance_id, s.section_id
            """)
        {
            let date = DateID(try row.at(0))
            let count: Int = try row.at(2)
            var entry = lapsed[date] ?? (0, [:])
            entry.total += count
            entry.bySection[SectionID(try row.at(1))] = count
            lapsed[date] = entry
        }
        return lapsed
    }

    func concertExists(_ concert: ConcertID) throws -> Bool {
        try session.row("SELECT 1 FROM concert WHERE id = \(concert.rawValue)") != nil
    }

    func performance(_ date: DateID) throws -> PerformanceRow? {
        try session.row(
            """
            SELECT c.id, c.title, c.venue, p.starts_at, v.time_zone
            FROM performance p JOIN concert c ON c.id = p.concert_id JOIN venue v ON v.id = p.venue_id WHERE p.id = \(date.rawValue)
            """
        ).map {
            PerformanceRow(
                concert: ConcertID(try $0.at(0)), title: try $0.at(1), venue: try $0.at(2), startsAt: try $0.at(3), timeZone: try $0.at(4))
        }
    }

    func seats(of date: DateID, for buyer: String, now: Int64) throws -> [Seat] {
        try session.rows(
            """
            SELECT s.id, s.number, s.grade, s.price, r.id, r.buyer, r.status, r.expires_at, x.name, w.label, s.seat_in_row
            FROM seat s JOIN section x ON x.id = s.section_id
            JOIN section_row w ON w.section_id = s.section_id AND w.ordinal = s.row_ordinal
            LEFT JOIN reservation r ON r.seat_id = s.id AND r.status IN ('held', 'confirmed')
                AND (r.status = 'confirmed' OR r.expires_at > \(now))
            WHERE s.performance_id = \(date.rawValue) ORDER BY s.number
            """
        ).map { row in
            let state = Self.seatState(
                status: try row.at(6), mine: (try row.at(5, as: String?.self)) == buyer, reservation: try row.at(4), until: try row.at(7))
            return Seat(
                id: SeatID(try row.at(0)), number: try row.at(1), grade: try row.at(2), price: try row.at(3), state: state,
                section: try row.at(8), row: try row.at(9), seatInRow: try row.at(10))
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

    func seat(_ id: SeatID) throws -> SeatRow? {
        try session.row(
            """
            \(unescaped: Self.labelColumns), s.price, r.id, r.buyer, r.status, r.price, r.expires_at, r.payment_id
            \(unescaped: Self.labelJoins)
            LEFT JOIN reservation r ON r.seat_id = s.id AND r.status IN ('held', 'confirmed')
            WHERE s.id = \(id.rawValue)
            """
        ).map { row in
            let reservation = try (row.at(11, as: Int64?.self)).map { reservation in
                ReservationRow(
                    id: ReservationID(reservation), seat: id, buyer: try row.at(12),
                    status: ReservationRow.Status(rawValue: try row.at(13)) ?? .held, price: try row.at(14), expiresAt: try row.at(15),
                    payment: (try row.at(16, as: Int64?.self)).map(PaymentID.init))
            }
            return SeatRow(id: id, label: try Self.label(row, at: 0), price: try row.at(10), reservation: reservation)
        }
    }

    func reservation(_ id: ReservationID) throws -> ReservationRow? {
        try session.row("SELECT seat_id, buyer, status, price, expires_at, payment_id FROM reservation WHERE id = \(id.rawValue)").map { row in
            ReservationRow(
                id: id, seat: SeatID(try row.at(0)), buyer: try row.at(1), status: ReservationRow.Status(rawValue: try row.at(2)) ?? .canceled,
                price: try row.at(3), expiresAt: try row.at(4), payment: (try row.at(5, as: Int64?.self)).map(PaymentID.init))
        }
    }

    func liveHoldCount(buyer: String, now: Int64) throws -> Int {
        try session.value("SELECT COUNT(*) FROM reservation WHERE buyer = \(buyer) AND status = 'held' AND expires_at > \(now)") ?? 0
    }

    /// Each performance's seat counts, summed from its sections' (the schema keeps counts
    /// per section only, so that sales of one performance do not all meet on one row).
    static let performanceCounts = """
        (SELECT performance_id, SUM(seats)::bigint AS seats, SUM(sold)::bigint AS sold, SUM(held)::bigint AS held
            FROM section_seats GROUP BY performance_id)
        """

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
    private static func label(_ row: PostgresRandomAccessRow, at first: Int) throws -> SeatLabel {
        SeatLabel(
            seatID: SeatID(try row.at(first)), concertTitle: try row.at(first + 5), dateID: DateID(try row.at(first + 3)),
            startsAt: Timestamp(milliseconds: try row.at(first + 4)), seatNumber: try row.at(first + 1), grade: try row.at(first + 2),
            section: try row.at(first + 6), row: try row.at(first + 7), seatInRow: try row.at(first + 8), timeZone: try row.at(first + 9))
    }

    private static let reservationDetails = """
        \(labelColumns), r.id, r.price, r.held_at, r.expires_at, r.payment_id, pay.paid_at
        \(labelJoins)
        JOIN reservation r ON r.seat_id = s.id LEFT JOIN payment pay ON pay.id = r.payment_id
        """

    private static func booking(_ row: PostgresRandomAccessRow) throws -> Booking {
        Booking(
            id: ReservationID(try row.at(10)), payment: PaymentID(try row.at(14)), seat: try label(row, at: 0), price: try row.at(11),
            paidAt: Timestamp(milliseconds: try row.at(15)))
    }

    func holds(buyer: String, now: Int64) throws -> [Hold] {
        try session.rows(
            """
            \(unescaped: Self.reservationDetails) WHERE r.buyer = \(buyer) AND r.status = 'held' AND r.expires_at > \(now)
            ORDER BY r.expires_at, r.id
            """
        ).map { row in
            Hold(
                id: ReservationID(try row.at(10)), seat: try Self.label(row, at: 0), price: try row.at(11),
                heldAt: Timestamp(milliseconds: try row.at(12)), expiresAt: Timestamp(milliseconds: try row.at(13)))
        }
    }

    func bookings(buyer: String) throws -> [Booking] {
        try session.rows(
            "\(unescaped: Self.reservationDetails) WHERE r.buyer = \(buyer) AND r.status = 'confirmed' ORDER BY pay.paid_at DESC, r.id"
        ).map(Self.booking)
    }

    func paymentToken(_ payment: PaymentID) throws -> String? {
        try session.value("SELECT token FROM payment WHERE id = \(payment.rawValue)")
    }

    func receipt(_ payment: PaymentID) throws -> Receipt? {
        guard let row = try session.row(
            "SELECT p.amount, p.paid_at, l.balance_after FROM payment p JOIN ledger l ON l.payment_id = p.id WHERE p.id = \(payment.rawValue)")
        else { return nil }
        let bookings = try session.rows("\(unescaped: Self.reservationDetails) WHERE r.payment_id = \(payment.rawValue) ORDER BY r.id")
            .map(Self.booking)
        return Receipt(
            payment: payment, bookings: bookings, amount: try row.at(0), balanceAfter: try row.at(2),
            paidAt: Timestamp(milliseconds: try row.at(1)), wasAlreadyPaid: false)
    }

    func insertHold(seat: SeatID, buyer: String, price: Int64, heldAt: Int64, expiresAt: Int64) throws -> ReservationID {
        let id: Int64? = try session.value(
            """
            INSERT INTO reservation (seat_id, buyer, status, price, held_at, expires_at)
            VALUES (\(seat.rawValue), \(buyer), 'held', \(price), \(heldAt), \(expiresAt)) RETURNING id
            """)
        return ReservationID(id ?? 0)
    }

    func cancelHold(_ id: ReservationID) throws -> Int {
        try session.run("UPDATE reservation SET status = 'canceled' WHERE id = \(id.rawValue) AND status = 'held'")
    }

    func cancelOwnHold(_ id: ReservationID, buyer: String) throws -> Int {
        try session.run("UPDATE reservation SET status = 'canceled' WHERE id = \(id.rawValue) AND buyer = \(buyer) AND status = 'held'")
    }

    func confirmOwnHold(_ id: ReservationID, buyer: String, payment: PaymentID, now: Int64) throws -> Int {
        try session.run(
            """
            UPDATE reservation SET status = 'confirmed', payment_id = \(payment.rawValue)
            WHERE id = \(id.rawValue) AND buyer = \(buyer) AND status = 'held' AND expires_at > \(now)
            """)
    }

    /// Locks every section's counts first, in seat order, as holds and payments take them
    /// (see `PostgresBookingStore`), which it would otherwise meet in a deadlock.
    func cancelExpiredHolds(now: Int64) throws -> Int {
        try session.run("SELECT 1 FROM section_seats ORDER BY first_seat FOR NO KEY UPDATE")
        return try session.run("UPDATE reservation SET status = 'canceled' WHERE status = 'held' AND expires_at <= \(now)")
    }

    func insertSale(seat: SeatID, buyer: String, price: Int64, payment: PaymentID, at moment: Int64) throws {
        try session.run(
            """
            INSERT INTO reservation (seat_id, buyer, status, price, held_at, expires_at, payment_id)
            VALUES (\(seat.rawValue), \(buyer), 'confirmed', \(price), \(moment), \(moment), \(payment.rawValue))
            """)
    }
}
