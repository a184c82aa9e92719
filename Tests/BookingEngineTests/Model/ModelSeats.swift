import BookingEngine
import Testing

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

    /// Looks the ids up in the test's store.
    init(_ test: TestEngine) async throws {
        let now = test.clock.now().milliseconds
        ids = try await test.stored { tx in
            let first = try #require(try tx.upcomingDates(concert: nil, now: now).first?.concert.id)
            let dates = try tx.upcomingDates(concert: first, now: now).map(\.date.id)
            let open = try tx.seats(of: dates[0], for: "", now: now)
            let partlySold = try tx.seats(of: dates[1], for: "", now: now)
            return Self.numbers.map { number in open[number - 1].id } + [partlySold[0].id, Self.unknownID]
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
