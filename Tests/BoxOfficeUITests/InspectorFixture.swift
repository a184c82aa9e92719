import BookingEngine
@testable import BoxOfficeUI

/// A realistic inspector report: a busy line, the demo concerts, a QA clock and recent events.
enum InspectorFixture {
    static func dates() -> [EngineSnapshot.DateFigures] {
        Fixture.concerts.flatMap { concert in
            concert.dates.map { date in
                EngineSnapshot.DateFigures(concertTitle: concert.title, dateID: date.id.rawValue, startsAt: date.startsAt,
                                           seats: date.seatCount, sold: date.seatCount - date.freeSeats,
                                           held: min(2, date.freeSeats))
            }
        }
    }

    /// Two seats of section F2, row 12, whose ordinals (3692, 3693) no event shows.
    static let seats = [
        EngineEvent.Seat(section: "F2", row: "12", seat: 5, number: 3692), EngineEvent.Seat(section: "F2", row: "12", seat: 6, number: 3693),
    ]

    /// Events with details, and a note from outside the engine told only in words.
    static let events: [EngineEvent] = [
        EngineEvent(at: Fixture.at(seconds: -2), detail: .paid(amount: 330_000, seats: seats, payment: 9)),
        EngineEvent(at: Fixture.at(seconds: -5), detail: .charged(buyer: "민지", amount: 30_000, balance: 330_000)),
        EngineEvent(at: Fixture.at(seconds: -9), detail: .failed(operation: .payment, code: "NOT_ENOUGH_POINTS")),
        EngineEvent(at: Fixture.at(seconds: -31), detail: .held(seats: seats, concert: "아이유 콘서트 〈HEREH〉")),
        EngineEvent(at: Fixture.at(seconds: -40), detail: .failed(operation: .hold, code: "SEAT_UNAVAILABLE")),
        EngineEvent(at: Fixture.at(seconds: -60), detail: .admitted(count: 3)),
        EngineEvent(at: Fixture.at(seconds: -60), detail: .holdsCancelled(count: 2)),
        EngineEvent(at: Fixture.at(seconds: -75), detail: .joinedLine(buyer: "지훈", token: "9f8e7d6c", position: 12)),
        EngineEvent(at: Fixture.at(seconds: -90), detail: .clockMoved(milliseconds: 300_000)),
        EngineEvent(at: Fixture.at(seconds: -95), kind: .note, text: "Crowd of 40 buyers started"),
        EngineEvent(at: Fixture.at(seconds: -120), detail: .catalogLoaded(first: true, concerts: 3, dates: 5)),
    ]

    static func report(at moment: Timestamp = Fixture.start, qa: Bool = true, scheduler: Bool = true) -> InspectorReport {
        let snapshot = EngineSnapshot(now: moment, waiting: 12, active: 28, capacity: 30, liveHolds: 6, buyers: 41,
                                      pointsHeld: 12_345_000, dates: dates())
        let runs: [EngineScheduler.Job: Timestamp] = [
            .admission: moment + .seconds(42), .tokenExpiry: moment + .seconds(252), .holdExpiry: moment + .seconds(12),
        ]
        return InspectorReport(snapshot: snapshot, nextRuns: scheduler ? runs : nil, events: events,
                               qaClockOffset: qa ? .seconds(300) : nil)
    }

    /// A buyer on the concert list with the inspector open and loaded.
    static func open(width: Int = 80, height: Int = 24, qa: Bool = true) -> AppState {
        var state = Fixture.onConcerts(width: width, height: height)
        _ = reduce(&state, .input(.key(.character("i"))))
        _ = reduce(&state, .inspectorLoaded(report(qa: qa)))
        return state
    }
}
