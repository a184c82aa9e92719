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

    static let events: [EngineEvent] = [
        EngineEvent(at: Fixture.at(seconds: -2), kind: .payment, text: "Paid 330,000 pts for seats 5, 6 (payment #9)"),
        EngineEvent(at: Fixture.at(seconds: -5), kind: .charge, text: "민지 +30,000 pts · balance 330,000"),
        EngineEvent(at: Fixture.at(seconds: -9), kind: .error, text: "Payment failed: NOT_ENOUGH_POINTS"),
        EngineEvent(at: Fixture.at(seconds: -31), kind: .hold, text: "Held seats 5, 6 · 아이유 콘서트 〈HEREH〉"),
        EngineEvent(at: Fixture.at(seconds: -40), kind: .error, text: "Hold failed: SEAT_UNAVAILABLE"),
        EngineEvent(at: Fixture.at(seconds: -60), kind: .admission, text: "Admitted 3 from the line"),
        EngineEvent(at: Fixture.at(seconds: -60), kind: .sweep, text: "Cancelled 2 lapsed holds"),
        EngineEvent(at: Fixture.at(seconds: -75), kind: .queue, text: "지훈 · token 9f8e7d6c · #12 in line"),
        EngineEvent(at: Fixture.at(seconds: -90), kind: .clock, text: "Clock moved forward 5 min"),
        EngineEvent(at: Fixture.at(seconds: -95), kind: .note, text: "Crowd of 40 buyers started"),
        EngineEvent(at: Fixture.at(seconds: -120), kind: .catalog, text: "Loaded the first catalog: 3 concerts, 5 dates"),
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
