import BookingEngine
import GRDB

/// The seats a model-based test plays with: five seats of the open date of
/// `TestEngine.catalog` (three VIP at 300 points, two R at 100), a seat the catalog
/// sold at the box office, and an id that no seat has.
struct ModelSeats {
    static let count = 7
    /// Seat numbers of the pool on the open date; index 5 is the sold seat, 6 the unknown id.
    static let numbers = [1, 2, 3, 11, 12]
    static let prices: [Int64] = [300, 300, 300, 100, 100]
    static let soldIndex = 5
    static let unknownIndex = 6
    static let unknownID = SeatID(999_999)

    let ids: [SeatID]

    /// Looks the ids up in the test's database file.
    init(_ test: TestEngine) throws {
        ids = try test.sql { db in
            let dates = try Int64.fetchAll(db, sql: "SELECT id FROM concert_date WHERE concert_id = 1 ORDER BY starts_at")
            var ids = try Self.numbers.map { number in
                SeatID(try Int64.fetchOne(db, sql: "SELECT id FROM seat WHERE date_id = ? AND number = ?", arguments: [dates[1], number]) ?? 0)
            }
            ids.append(SeatID(try Int64.fetchOne(db, sql: "SELECT id FROM seat WHERE date_id = ? AND number = 1", arguments: [dates[2]]) ?? 0))
            ids.append(Self.unknownID)
            return ids
        }
    }

    static func label(_ index: Int) -> String {
        switch index {
        case soldIndex: "sold"
        case unknownIndex: "unknown"
        default: String(numbers[index])
        }
    }
}
