import BookingEngine
import Foundation
import Testing
@testable import BoxOfficeUI

/// The reducer and the effect runner against a real engine on a fresh SQLite file.
@Suite("Effect runner on a real engine")
struct EffectRunnerTests {
    static let catalog = """
        venues:
          - name: 올림픽공원 KSPO DOME
            zone: Asia/Seoul
            sections:
              - {name: VIP, grade: VIP, price: 165000, place: [0, 0], rows: 1 x 10, labels: letters}
              - {name: R, grade: R, price: 132000, place: [0, 1], rows: 2 x 10, labels: letters}
              - {name: S, grade: S, price: 99000, place: [0, 2], rows: 2 x 10, labels: letters}
        concerts:
          - title: 아이유 콘서트 〈HEREH〉
            venue: 올림픽공원 KSPO DOME
            dates: [{at: +3d 19:00}, {at: +4d 18:00, sold: all}]
        """

    /// An engine on a new database in a temporary folder, with the catalog above.
    static func makeEngine(clock: ManualClock, configuration: EngineConfiguration = EngineConfiguration()) async throws
        -> BookingEngine {
        let folder = FileManager.default.temporaryDirectory.appending(path: "boxoffice-ui-\(UUID().uuidString)")
        let store = try SQLiteBookingStore(path: folder.appending(path: "test.sqlite").path, creation: .withFolders, policy: configuration, clock: clock)
        let engine = try await BookingEngine(store: store, clock: clock)
        try await engine.loadCatalog(text: catalog)
        return engine
    }

    /// Runs effects one after another, feeding each result back into `reduce`, until none are left.
    static func drive(_ effects: [Effect], _ state: inout AppState, _ runner: EffectRunner) async {
        var queue = effects
        while !queue.isEmpty {
            let action = await runner.run(queue.removeFirst())
            queue += reduce(&state, action)
        }
    }

    static func press(_ keys: [Key], _ state: inout AppState, _ runner: EffectRunner) async {
        for key in keys {
            await drive(reduce(&state, .input(.key(key))), &state, runner)
        }
    }

    @Test func aBuyerIsAdmittedHoldsTopsUpAndPays() async throws {
        let clock = ManualClock()
        let engine = try await Self.makeEngine(clock: clock)
        let runner = EffectRunner(engine: engine)
        var state = AppState(user: "민지", configuration: engine.configuration, now: clock.now(),
                             utcOffsetMinutes: 540)
        await Self.drive(state.start(), &state, runner)
        #expect(state.screen == .concerts, "an empty line admits at once")
        #expect(state.balance == 0)
        let iu = try #require(state.concerts.first { $0.title == "아이유 콘서트 〈HEREH〉" })
        #expect(iu.dates.count == 2)

        await Self.press([.down, .enter], &state, runner)
        #expect(state.screen == .concerts, "the sold-out date cannot be chosen")
        await Self.press([.up, .enter], &state, runner)
        #expect(state.screen == .venue)
        #expect(state.venue?.sections.map(\.name) == ["VIP", "R", "S"])
        await Self.press([.enter], &state, runner)
        #expect(state.screen == .seatGrid)
        #expect(state.section?.states.count == 10)

        await Self.press([.character(" "), .right, .character(" "), .enter], &state, runner)
        #expect(state.screen == .checkout)
        #expect(state.holds.map(\.seat.seatNumber) == [1, 2])

        await Self.press([.enter], &state, runner)
        #expect(state.screen == .points, "not enough points leads to the top-up form")
        #expect(state.amountText == "330000")

        await Self.press([.enter], &state, runner)
        #expect(state.balance == 330_000)
        #expect(state.screen == .checkout)

        await Self.press([.enter], &state, runner)
        #expect(state.screen == .receipt)
        #expect(state.receipt?.amount == 330_000)
        #expect(state.balance == 0)
        #expect(state.tokenExpired, "paying spends the token")
        let bookings = try await engine.bookings(user: "민지")
        #expect(bookings.count == 2)
    }

    @Test func othersHoldsShowUpAtTheNextRefresh() async throws {
        let clock = ManualClock()
        let engine = try await Self.makeEngine(clock: clock)
        let runner = EffectRunner(engine: engine)
        var state = AppState(user: "민지", now: clock.now(), utcOffsetMinutes: 540)
        await Self.drive(state.start(), &state, runner)
        await Self.press([.enter, .enter], &state, runner)
        let section = try #require(state.section)

        let other = try await engine.issueToken(user: "준호")
        _ = try await engine.hold(token: other.token, seats: [section.seatID(at: 9)])

        clock.advance(by: .seconds(3))
        await Self.drive(reduce(&state, .clockTicked(clock.now())), &state, runner)
        #expect(state.section?.states[9] == .held)
        #expect(state.section?.section.freeSeats == 9)
        #expect(state.nextRefreshAt == clock.now() + .seconds(3))
    }

    @Test func aLapsedHoldIsReportedAndTheGridReturns() async throws {
        let clock = ManualClock()
        let engine = try await Self.makeEngine(clock: clock)
        let runner = EffectRunner(engine: engine)
        var state = AppState(user: "민지", now: clock.now(), utcOffsetMinutes: 540)
        await Self.drive(state.start(), &state, runner)
        _ = try await engine.charge(user: "민지", amount: 500_000, key: .random())
        await Self.press([.enter, .enter, .character(" "), .enter], &state, runner)
        #expect(state.holds.count == 1)

        clock.advance(by: .seconds(301))
        await Self.drive(reduce(&state, .clockTicked(clock.now())), &state, runner)
        #expect(state.holds.isEmpty)
        #expect(state.screen == .seatGrid)
        #expect(state.status?.text.contains("went back on sale") == true)
        #expect(state.section?.states[0] == .free)
    }

    @Test func engineErrorsComeBackAsActions() async throws {
        let clock = ManualClock()
        let engine = try await Self.makeEngine(clock: clock)
        let runner = EffectRunner(engine: engine)
        let unknown = TokenID(rawValue: String(repeating: "0", count: 32))
        let action = await runner.run(.loadConcerts(unknown))
        guard case .engineFailed(.loadingConcerts, let error) = action else {
            Issue.record("expected a failure, got \(action)")
            return
        }
        #expect(error.code == "TOKEN_NOT_FOUND" || error.code == "TOKEN_EXPIRED")
        #expect(await runner.run(.charge(user: "민지", amount: 2_000_000, attempt: 1))
            == .engineFailed(.charging, .invalidAmount(.overChargeLimit(limit: 1_000_000))))
    }
}
