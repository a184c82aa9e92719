import BookingEngine
@testable import BoxOfficeUI

/// Fixed moments and sample engine values shared by the UI tests.
enum Fixture {
    /// 2026-11-25 12:00:00 UTC (21:00 in Seoul).
    static let start = Timestamp(milliseconds: 1_795_608_000_000)
    /// Seoul, UTC+9.
    static let seoul = 9 * 60
    /// The language of the clients the fixtures make; golden tests render both.
    @TaskLocal static var language: Language = .english
    /// The buyer's own zone; the catalog's performances are in Seoul.
    @TaskLocal static var buyerZone = "Asia/Seoul"
    static let token = TokenID(rawValue: "1a2b3c4d5e6f708192a3b4c5d6e7f809")
    static let iuTitle = "Stadium Night — 2027 World Tour"
    static let iuVenue = "서울월드컵경기장"
    static let zone = "Asia/Seoul"
    /// 2026-11-28 19:00 in Seoul.
    static let iuShow = Timestamp(milliseconds: 1_795_860_000_000)
    static let iuDate = ConcertDate(id: DateID(12), concertID: ConcertID(1), startsAt: iuShow, seatCount: 46_300, freeSeats: 45_316, timeZone: zone)

    static func at(seconds: Int64) -> Timestamp {
        start + .seconds(seconds)
    }

    static func waiting(position: Int, estimate: WaitEstimate = .range(lowSeconds: 120, highSeconds: 180),
                        waitingCount: Int = 40, at moment: Timestamp = start) -> QueueStatus {
        QueueStatus(token: token, user: "민지", phase: .waiting(position: position, estimatedWait: estimate),
                    expiresAt: moment + .seconds(120), waitingCount: waitingCount, checkedAt: moment)
    }

    static func active(at moment: Timestamp = start, lifetime: Int64 = 600) -> QueueStatus {
        QueueStatus(token: token, user: "민지", phase: .active, expiresAt: moment + .seconds(lifetime),
                    waitingCount: 3, checkedAt: moment)
    }

    static let concerts: [Concert] = [
        Concert(id: ConcertID(1), title: iuTitle, venue: iuVenue, dates: [
            ConcertDate(id: DateID(11), concertID: ConcertID(1), startsAt: Timestamp(milliseconds: 1_795_773_600_000),
                        seatCount: 46_300, freeSeats: 0, timeZone: zone),
            iuDate,
            ConcertDate(id: DateID(13), concertID: ConcertID(1), startsAt: Timestamp(milliseconds: 1_797_503_400_000),
                        seatCount: 46_300, freeSeats: 46_300, timeZone: zone),
        ]),
        Concert(id: ConcertID(2), title: "아이유 콘서트 〈HEREH〉", venue: "올림픽공원 KSPO DOME",
                dates: [
                    ConcertDate(id: DateID(21), concertID: ConcertID(2), startsAt: Timestamp(milliseconds: 1_796_209_200_000),
                                seatCount: 15_127, freeSeats: 11_435, timeZone: zone),
                ]),
        Concert(id: ConcertID(3), title: "국립국악관현악단 신년음악회", venue: "국립극장 해오름극장", dates: [
            ConcertDate(id: DateID(31), concertID: ConcertID(3), startsAt: Timestamp(milliseconds: 1_798_185_600_000),
                        seatCount: 50, freeSeats: 7, timeZone: zone),
        ]),
    ]

    /// Section F2 (VIP, 165,000 points): 25 rows of 36 seats, ids from 2001 in row order.
    static let f2 = SectionID(2)
    static let f2FirstSeat: Int64 = 2001

    /// The id of seat `number` of row `row` (1-based) of F2.
    static func seatID(row: Int = 3, seat number: Int) -> SeatID {
        SeatID(f2FirstSeat + Int64((row - 1) * 36 + number - 1))
    }

    static func label(row: Int = 3, seat number: Int) -> SeatLabel {
        SeatLabel(seatID: seatID(row: row, seat: number), concertTitle: iuTitle, dateID: iuDate.id, startsAt: iuShow,
                  seatNumber: (row - 1) * 36 + number, grade: "VIP", section: "F2", row: String(row), seatInRow: number, timeZone: zone)
    }

    /// A hold on seat `number` of F2's row 3 (the first row with free seats).
    static func hold(seat number: Int, id: Int64, expiresAt: Timestamp) -> Hold {
        Hold(id: ReservationID(id), seat: label(seat: number), price: 165_000, heldAt: expiresAt - .seconds(300), expiresAt: expiresAt)
    }

    /// The stadium of the demo catalog: nine floor blocks before the stage, a lower ring of
    /// 13 and an upper ring of 17 around them, its far side (206–211) cheaper. F1 is sold out,
    /// F2 and F3 partly sold.
    static func venue(at moment: Timestamp = start, f2Free: Int = 810) -> VenueOverview {
        var sections: [SectionSummary] = []
        func add(_ name: String, _ grade: String, _ price: Int64, _ x: Int, _ y: Int, rows: Int, seats: Int, free: Int? = nil) {
            sections.append(SectionSummary(
                id: SectionID(Int64(sections.count + 1)), name: name, grade: grade, price: price, place: GridBox(x: x, y: y),
                order: sections.count, rowCount: rows, seatCount: rows * seats, freeSeats: free ?? rows * seats))
        }
        let floor = [(2, 1), (3, 1), (4, 1), (2, 2), (3, 2), (4, 2), (2, 3), (3, 3), (4, 3)]
        for (index, (x, y)) in floor.enumerated() where y == 1 {
            add("F\(index + 1)", "VIP", 165_000, x, y, rows: 25, seats: 36, free: [0, f2Free, 888][index])
        }
        for (index, (x, y)) in floor.enumerated() where y > 1 { add("F\(index + 1)", "R", 132_000, x, y, rows: 25, seats: 36) }
        let lower = [(1, 0), (1, 1), (1, 2), (1, 3), (1, 4), (2, 4), (3, 4), (4, 4), (5, 4), (5, 3), (5, 2), (5, 1), (5, 0)]
        let name = { (prefix: Int, index: Int) in "\(prefix)\(index < 9 ? "0" : "")\(index + 1)" }
        for (index, (x, y)) in lower.enumerated() where y <= 1 { add(name(1, index), "S", 99_000, x, y, rows: 30, seats: 50) }
        for (index, (x, y)) in lower.enumerated() where y > 1 { add(name(1, index), "A", 88_000, x, y, rows: 30, seats: 50) }
        let upper = [(0, 0), (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5), (6, 5), (6, 4), (6, 3), (6, 2),
                     (6, 1), (6, 0)]
        for (index, (x, y)) in upper.enumerated() {
            add(name(2, index), "B", (5...10).contains(index) ? 55_000 : 66_000, x, y, rows: 22, seats: 50)
        }
        let free = sections.reduce(0) { $0 + $1.freeSeats }
        let date = ConcertDate(id: iuDate.id, concertID: ConcertID(1), startsAt: iuShow, seatCount: 46_300, freeSeats: free, timeZone: zone)
        return VenueOverview(
            concert: ConcertID(1), concertTitle: iuTitle, venue: iuVenue, timeZone: zone, stage: GridBox(x: 2, y: 0, width: 3, height: 1),
            date: date, sections: sections, checkedAt: moment)
    }

    /// F2 seat by seat: rows 1 and 2 sold, row 3's seats 10–13 held by others and seats 30
    /// and 31 sold, `sold` sold too; `mine` are the buyer's holds.
    static func section(at moment: Timestamp = start, sold: Set<SeatID> = [], mine: [Hold] = []) -> SectionSeats {
        let rows = (1...25).map { SectionRow(label: String($0), seats: 36) }
        let states = (0..<900).map { index -> SeatState in
            let id = SeatID(f2FirstSeat + Int64(index))
            if let hold = mine.first(where: { $0.seat.seatID == id }) { return .heldByYou(hold.id, until: hold.expiresAt) }
            if index < 72 || sold.contains(id) || index == 101 || index == 102 { return .sold }
            if (81...84).contains(index) { return .held }
            return .free
        }
        let summary = venue().sections[1]
        let free = states.filter { $0 == .free }.count
        return SectionSeats(
            date: iuDate.id,
            section: SectionSummary(id: f2, name: summary.name, grade: summary.grade, price: summary.price, place: summary.place,
                                    order: summary.order, rowCount: 25, seatCount: 900, freeSeats: free),
            rows: rows, firstSeat: SeatID(f2FirstSeat), states: states, checkedAt: moment)
    }

    /// A fresh client that has sent its start effects, on a QA or demo database (the
    /// inspector's QA keys work) unless `qaControls` is false.
    static func started(width: Int = 80, height: Int = 24, qaControls: Bool = true) -> AppState {
        var state = AppState(user: "민지", now: start, utcOffsetMinutes: seoul, timeZone: buyerZone, language: language,
                             width: width, height: height, qaControls: qaControls)
        _ = state.start()
        _ = reduce(&state, .balanceLoaded(300_000))
        _ = reduce(&state, .bookingsLoaded(holds: [], bookings: []))
        return state
    }

    /// An admitted buyer looking at the concert list.
    static func onConcerts(width: Int = 80, height: Int = 24, qaControls: Bool = true) -> AppState {
        var state = started(width: width, height: height, qaControls: qaControls)
        _ = reduce(&state, .tokenIssued(active()))
        _ = reduce(&state, .concertsLoaded(concerts))
        return state
    }

    /// An admitted buyer on the stadium's overview (the second date in the list, where the
    /// cursor starts because the first one is sold out), the cursor on F2.
    static func onVenue(width: Int = 80, height: Int = 24, holds: [Hold] = []) -> AppState {
        var state = onConcerts(width: width, height: height)
        _ = reduce(&state, .input(.key(.enter)))
        if !holds.isEmpty { _ = reduce(&state, .bookingsLoaded(holds: holds, bookings: [])) }
        _ = reduce(&state, .venueLoaded(venue()))
        return state
    }

    /// An admitted buyer on section F2's rows, the cursor on the first free seat (row 3, seat 1).
    static func onSeatGrid(width: Int = 80, height: Int = 24, holds: [Hold] = []) -> AppState {
        var state = onVenue(width: width, height: height, holds: holds)
        _ = reduce(&state, .input(.key(.enter)))
        _ = reduce(&state, .sectionLoaded(section(mine: holds)))
        return state
    }

    /// Sends a sequence of keys.
    static func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.flatMap { reduce(&state, .input(.key($0))) }
    }

    /// Types `text` one character at a time.
    static func type(_ text: String, _ state: inout AppState) -> [Effect] {
        press(text.map { Key.character($0) }, &state)
    }
}
