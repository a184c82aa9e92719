import BookingEngine
import Testing

/// Events keep their detail (seats by place, counts, ids) beside their English text, in
/// every store, and the stored JSON stays readable by later builds.
@Suite struct EventDetailTests {
    static let f2 = EngineEvent.Seat(section: "F2", row: "12", seat: 7, number: 3692)

    /// One detail of every case.
    static let samples: [EngineEvent.Detail] = [
        .joinedLine(buyer: "지훈", token: "9f8e7d6c", position: 12), .joinedLine(buyer: "ana", token: "0a1b2c3d", position: nil),
        .admitted(count: 3), .tokensDeleted(count: 1), .holdsCancelled(count: 2),
        .held(seats: [f2], concert: "아이유 콘서트"), .heldBestAvailable(seats: [f2], concert: "Show"),
        .released(reservation: 12, seat: f2), .released(reservation: 13, seat: nil),
        .paid(amount: 330_000, seats: [f2], payment: 9), .charged(buyer: "민지", amount: 30_000, balance: 330_000),
        .catalogLoaded(first: true, concerts: 3, dates: 5), .clockMoved(milliseconds: 300_000),
        .policyChanged(setting: .holdFor, before: 300_000, after: 90_000),
        .signedUp(buyer: "ana"), .keyMade(buyer: "ana"), .keyReplaced(buyer: "ana"),
        .failed(operation: .payment, code: "NOT_ENOUGH_POINTS"),
    ]

    @Test func everyDetailComesBackFromItsJSON() throws {
        for detail in Self.samples {
            #expect(EngineEvent.Detail(json: try detail.json()) == detail)
        }
    }

    /// The stored form is a format: a renamed case or label would lose every stored detail.
    @Test func theStoredJSONKeepsItsShape() throws {
        #expect(try EngineEvent.Detail.held(seats: [Self.f2], concert: "Show").json()
            == #"{"held":{"concert":"Show","seats":[{"number":3692,"row":"12","seat":7,"section":"F2"}]}}"#)
        #expect(EngineEvent.Detail(json: #"{"admitted":{"count":4}}"#) == .admitted(count: 4))
    }

    @Test func aDetailThisBuildCannotReadIsNone() {
        #expect(EngineEvent.Detail(json: #"{"somethingNew":{"count":1}}"#) == nil)
        #expect(EngineEvent.Detail(json: "not json") == nil)
        #expect(EngineEvent.Detail(json: nil) == nil)
    }

    @Test func theEnglishTextNamesSeatsByPlaceNotByOrdinal() {
        let event = EngineEvent(at: Timestamp(milliseconds: 0), detail: .held(seats: [Self.f2], concert: "Show"))
        #expect(event.kind == .hold)
        #expect(event.text == "Held F2 · row 12 · seat 7 · Show")
        #expect(!event.text.contains("3692"))
    }

    @Test(arguments: StoreKind.allCases) func releasesAndBestAvailableNameTheirSeats(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let alice = try await e.admitted("alice")
        let seat = try await e.openSeats(token: alice)[11]
        let hold = try await e.engine.hold(token: alice, seats: [seat.id])[0]
        try await e.engine.release(token: alice, reservation: hold.id)
        let r2 = EngineEvent.Seat(section: "R", row: "A", seat: 2, number: 12)
        #expect(try await e.engine.recentEvents(2).map(\.detail) == [
            .released(reservation: hold.id.rawValue, seat: r2), .held(seats: [r2], concert: "Test Hall Live"),
        ])
        let date = try await e.engine.concerts(token: alice)[0].dates[0].id
        let best = try await e.engine.holdBest(token: alice, date: date, count: 2)
        let detail = try #require(try await e.engine.recentEvents(1).first?.detail)
        #expect(detail == .heldBestAvailable(seats: best.map { EngineEvent.Seat($0.seat) }, concert: "Test Hall Live"))
    }

    @Test(arguments: StoreKind.allCases) func aPolicyChangeKeepsTheSettingAndBothValues(store: StoreKind) async throws {
        let e = try await TestEngine(store, catalog: nil)
        try await e.engine.setPolicy(.holdLimit, to: 6)
        let event = try #require(try await e.engine.recentEvents(1).first)
        #expect(event.detail == .policyChanged(setting: .holdLimit, before: 4, after: 6))
        #expect(event.text == "Policy: hold-limit 4 → 6")
    }
}
