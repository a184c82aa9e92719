@testable import BookingEngine
import Testing

/// What the HTTP server needs from the engine, on every store.
@Suite struct ServerSupportTests {
    @Test(arguments: StoreKind.allCases) func changeMarkMovesWithEveryRecordedChangeAndNotWithReads(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let alice = try await e.admitted("alice")
        let before = try await e.engine.changeMark()
        let seat = try await e.openSeats(token: alice)[0].id
        _ = try await e.engine.concerts(token: alice)
        #expect(try await e.engine.changeMark() == before, "a read records nothing")
        let held = try await e.engine.hold(token: alice, seats: [seat])
        let afterHold = try await e.engine.changeMark()
        #expect(afterHold > before)
        try await e.engine.release(token: alice, reservation: held[0].id)
        #expect(try await e.engine.changeMark() > afterHold)
    }

    @Test(arguments: StoreKind.allCases) func joinLineSaysWhetherTheTokenIsNew(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let first = try await e.engine.joinLine(user: "alice")
        let again = try await e.engine.joinLine(user: "alice")
        #expect(first.isNew && !again.isNew)
        #expect(first.status.token == again.status.token)
    }

    @Test(arguments: StoreKind.allCases) func holdsAndBookingsNameTheirSeat(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let alice = try await e.admitted("alice")
        let seat = try await e.openSeats(token: alice)[2].id
        let held = try await e.engine.hold(token: alice, seats: [seat])
        #expect(held[0].seat.seatID == seat)
        #expect(try await e.engine.holds(user: "alice").map(\.seat.seatID) == [seat])
        _ = try await e.engine.charge(user: "alice", amount: 1_000, key: .random())
        let receipt = try await e.engine.pay(token: alice, reservations: held.map(\.id), key: .random())
        #expect(receipt.bookings.map(\.seat.seatID) == [seat])
    }

    @Test func tokenSpellingIsTold() {
        #expect(TokenID(secret: String(repeating: "a", count: 32), sequence: 26).isWellFormed)
        #expect(!TokenID(rawValue: "nothing").isWellFormed)
        #expect(!TokenID(rawValue: String(repeating: "a", count: 32) + "-01").isWellFormed)
    }
}
