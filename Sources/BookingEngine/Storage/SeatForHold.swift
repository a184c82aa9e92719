import GRDB

/// What a hold needs to know about a seat: its label and price, and its live hold or
/// sale if it has one.
struct SeatForHold {
    /// A held or confirmed reservation of the seat.
    struct Live {
        let id: Int64
        let status: String
        let expiresAt: Int64
    }

    let label: SeatLabel
    let price: Int64
    let live: Live?

    /// The seat, found with its live reservation through `reservation_live_seat` whatever
    /// number of expired holds wait for the sweep. The row is decoded in place, by column
    /// position in the order selected (see `SteppedRow`).
    static func read(_ id: SeatID, _ db: Database) throws -> SeatForHold {
        let seat = try db.firstRow(
            """
            SELECT s.number, s.grade, s.price, d.id, d.starts_at, c.title, r.id, r.status, r.expires_at
            FROM seat s JOIN concert_date d ON d.id = s.date_id JOIN concert c ON c.id = d.concert_id
            LEFT JOIN reservation r ON r.seat_id = s.id AND r.status IN ('held', 'confirmed')
            WHERE s.id = ?
            """, [.integer(id.rawValue)]
        ) { row in
            SeatForHold(
                label: SeatLabel(
                    concertTitle: row.text(5), dateID: DateID(row.int64(3)), startsAt: Timestamp(milliseconds: row.int64(4)),
                    seatNumber: Int(row.int64(0)), grade: row.text(1)),
                price: row.int64(2),
                live: row.optionalInt64(6).map { Live(id: $0, status: row.text(7), expiresAt: row.int64(8)) })
        }
        guard let seat else { throw BookingError.seatNotFound(id) }
        return seat
    }
}
