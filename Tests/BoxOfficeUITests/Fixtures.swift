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
    static let token = TokenID(rawValue: "1a2b3c4d5e6f708192a3b4c5d6e7f809")
    static let iuTitle = "아이유 콘서트 〈HEREH〉"
    static let iuVenue = "올림픽공원 KSPO DOME"
    /// 2026-11-28 19:00 in Seoul.
    static let iuShow = Timestamp(milliseconds: 1_795_860_000_000)
    static let iuDate = ConcertDate(id: DateID(12), concertID: ConcertID(1), startsAt: iuShow, seatCount: 50, freeSeats: 36)

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
                        seatCount: 50, freeSeats: 0),
            iuDate,
            ConcertDate(id: DateID(13), concertID: ConcertID(1), startsAt: Timestamp(milliseconds: 1_797_503_400_000),
                        seatCount: 50, freeSeats: 50),
        ]),
        Concert(id: ConcertID(2), title: "The Midnight Strings — Winter Tour", venue: "Seoul Arts Center Concert Hall",
                dates: [
                    ConcertDate(id: DateID(21), concertID: ConcertID(2), startsAt: Timestamp(milliseconds: 1_796_209_200_000),
                                seatCount: 50, freeSeats: 45),
                ]),
        Concert(id: ConcertID(3), title: "국립국악관현악단 신년음악회", venue: "국립극장 해오름극장", dates: [
            ConcertDate(id: DateID(31), concertID: ConcertID(3), startsAt: Timestamp(milliseconds: 1_798_185_600_000),
                        seatCount: 50, freeSeats: 7),
        ]),
    ]

    static func grade(of number: Int) -> (String, Int64) {
        switch number {
        case 1...10: ("VIP", 165_000)
        case 11...30: ("R", 132_000)
        default: ("S", 99_000)
        }
    }

    static func label(seat number: Int) -> SeatLabel {
        SeatLabel(seatID: SeatID(Int64(number)), concertTitle: iuTitle, dateID: iuDate.id, startsAt: iuShow, seatNumber: number, grade: grade(of: number).0)
    }

    static func hold(seat number: Int, id: Int64, expiresAt: Timestamp) -> Hold {
        Hold(id: ReservationID(id), seat: label(seat: number), price: grade(of: number).1,
             heldAt: expiresAt - .seconds(300), expiresAt: expiresAt)
    }

    /// Seats 1–4 and 15 sold, 22–25 and 40 held by others, 17 held by the buyer.
    static func seatMap(at moment: Timestamp = start, sold: Set<Int> = [1, 2, 3, 4, 15],
                        held: Set<Int> = [22, 23, 24, 25, 40], mine: [Int: Hold] = [:]) -> SeatMap {
        let seats = (1...50).map { number in
            let (grade, price) = grade(of: number)
            let state: SeatState
            if let hold = mine[number] {
                state = .heldByYou(hold.id, until: hold.expiresAt)
            } else if sold.contains(number) {
                state = .sold
            } else if held.contains(number) {
                state = .held
            } else {
                state = .free
            }
            return Seat(id: SeatID(Int64(1000 + number)), number: number, grade: grade, price: price, state: state)
        }
        return SeatMap(concert: ConcertID(1), concertTitle: iuTitle, venue: iuVenue, date: iuDate, seats: seats,
                       grades: [SeatGrade(name: "VIP", price: 165_000), SeatGrade(name: "R", price: 132_000),
                                SeatGrade(name: "S", price: 99_000)],
                       checkedAt: moment)
    }

    /// A fresh client that has sent its start effects, on a QA or demo database (the
    /// inspector's QA keys work) unless `qaControls` is false.
    static func started(width: Int = 80, height: Int = 24, qaControls: Bool = true) -> AppState {
        var state = AppState(user: "민지", now: start, utcOffsetMinutes: seoul, timeZone: "Asia/Seoul", language: language,
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

    /// An admitted buyer on the seat grid of the IU date (the second date in the list, where
    /// the cursor starts because the first one is sold out).
    static func onSeatGrid(width: Int = 80, height: Int = 24, holds: [Hold] = []) -> AppState {
        var state = onConcerts(width: width, height: height)
        _ = reduce(&state, .input(.key(.enter)))
        if !holds.isEmpty { _ = reduce(&state, .bookingsLoaded(holds: holds, bookings: [])) }
        let mine = Dictionary(uniqueKeysWithValues: holds.map { ($0.seat.seatNumber, $0) })
        _ = reduce(&state, .seatMapLoaded(seatMap(mine: mine)))
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
