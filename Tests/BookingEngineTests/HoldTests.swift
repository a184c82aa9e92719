import BookingEngine
import GRDB
import Testing

@Suite struct HoldTests {
    @Test(arguments: StoreKind.allCases) func browsingShowsUpcomingDatesAndSeatStates(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let alice = try await e.admitted("alice")
        let concerts = try await e.engine.concerts(token: alice)
        #expect(concerts.map(\.title) == ["Test Hall Live", "두 번째 공연"])
        #expect(concerts[0].dates.map(\.freeSeats) == [50, 47])
        #expect(concerts[1].dates.map(\.isSoldOut) == [true])
        #expect(try await e.engine.dates(token: alice, concert: concerts[0].id) == concerts[0].dates)
        let partlySold = try await e.seatMap(token: alice, concert: 0, date: 1)
        #expect(partlySold.seats.prefix(4).map(\.state) == [.sold, .sold, .sold, .free])
        #expect(partlySold.grades == [SeatGrade(name: "VIP", price: 300), SeatGrade(name: "R", price: 100)])
        #expect(partlySold.seats.map(\.number) == Array(1...50))
    }

    @Test(arguments: StoreKind.allCases) func holdShowsAsYoursToYouAndHeldToOthers(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let tokens = try await e.admitted(["alice", "bob"])
        let (alice, bob) = (tokens[0], tokens[1])
        let seat = try await e.openSeats(token: alice)[0]
        let hold = try await e.engine.hold(token: alice, seats: [seat.id])
        #expect(hold.count == 1 && hold[0].price == 300 && hold[0].seat.seatNumber == 1)
        #expect(hold[0].expiresAt == e.clock.now() + .seconds(300))
        #expect(try await e.openSeats(token: alice)[0].state == .heldByYou(hold[0].id, until: hold[0].expiresAt))
        #expect(try await e.openSeats(token: bob)[0].state == .held)
        #expect(try await e.engine.concerts(token: bob)[0].dates[0].freeSeats == 49)
        #expect(try await e.engine.holds(user: "alice") == hold)
        #expect(await errorCode { try await e.engine.hold(token: bob, seats: [seat.id]) } == "SEAT_UNAVAILABLE")
        #expect(await errorCode { try await e.engine.hold(token: alice, seats: [seat.id]) } == "SEAT_UNAVAILABLE")
    }

    @Test(arguments: StoreKind.allCases) func holdLimitCountsAcrossCalls(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let alice = try await e.admitted("alice")
        let seats = try await e.openSeats(token: alice).map(\.id)
        _ = try await e.engine.hold(token: alice, seats: Array(seats[0..<2]))
        _ = try await e.engine.hold(token: alice, seats: Array(seats[2..<4]))
        let before = try await e.snapshot("alice")
        #expect(await errorCode { try await e.engine.hold(token: alice, seats: [seats[4]]) } == "HOLD_LIMIT_REACHED")
        #expect(try await e.snapshot("alice") == before)
        try await e.engine.release(token: alice, reservation: before.holds[0].id)
        #expect(try await e.engine.hold(token: alice, seats: [seats[4]]).count == 1)
        #expect(try await e.engine.holds(user: "alice").count == 4)
    }

    @Test(arguments: StoreKind.allCases) func batchOverTheLimitHoldsNothing(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let alice = try await e.admitted("alice")
        let seats = try await e.openSeats(token: alice).map(\.id)
        let code = await errorCode { try await e.engine.hold(token: alice, seats: Array(seats[0..<5])) }
        #expect(code == "HOLD_LIMIT_REACHED")
        #expect(try await e.engine.holds(user: "alice").isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func oneTakenSeatInABatchHoldsNothing(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let tokens = try await e.admitted(["alice", "bob"])
        let seats = try await e.openSeats(token: tokens[0]).map(\.id)
        _ = try await e.engine.hold(token: tokens[1], seats: [seats[2]])
        let before = try await e.snapshot("alice")
        let result = await outcome { try await e.engine.hold(token: tokens[0], seats: Array(seats[0..<4])) }
        #expect(result.failure == .seatUnavailable(seatNumber: 3))
        #expect(try await e.snapshot("alice") == before)
        #expect(try await e.openSeats(token: tokens[0]).prefix(4).map(\.state) == [.free, .free, .held, .free])
    }

    /// A hold taken late in the buyer's shopping time ends with it, not 5 minutes later:
    /// its seat goes back on sale when its buyer can no longer pay.
    @Test(arguments: StoreKind.allCases) func aHoldEndsWhenItsBuyersShoppingTimeEnds(store: StoreKind) async throws {
        var configuration = EngineConfiguration()
        configuration.activeTokenLifetime = .seconds(600)
        let e = try await TestEngine(store, configuration: configuration)
        let tokens = try await e.admitted(["alice", "bob"])
        e.clock.advance(by: .seconds(540))
        let seat = try await e.openSeats(token: tokens[0])[3].id
        let hold = try await e.engine.hold(token: tokens[0], seats: [seat])[0]
        #expect(hold.expiresAt == e.clock.now() + .seconds(60))
        #expect(try await e.engine.queueStatus(token: tokens[0]).expiresAt == hold.expiresAt)
        e.clock.advance(by: .seconds(59))
        #expect(try await e.openSeats(token: tokens[1])[3].state == .held)
        e.clock.advance(by: .seconds(1))
        #expect(try await e.engine.holds(user: "alice").isEmpty)
        let bob = try await e.engine.issueToken(user: "bob2")
        let seats = try await e.openSeats(token: bob.token)
        #expect(seats[3].state == .free)
        #expect(try await e.engine.hold(token: bob.token, seats: [seat]).count == 1)
        #expect(try await e.violations().isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func holdPastItsDeadlineIsFreeBeforeAnySweep(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let tokens = try await e.admitted(["alice", "bob"])
        let seat = try await e.openSeats(token: tokens[0])[7].id
        _ = try await e.engine.hold(token: tokens[0], seats: [seat])
        e.clock.advance(by: .seconds(300))
        #expect(try await e.engine.holds(user: "alice").isEmpty)
        #expect(try await e.openSeats(token: tokens[1])[7].state == .free)
        let taken = try await e.engine.hold(token: tokens[1], seats: [seat])
        #expect(taken.count == 1)
        #expect(try await e.engine.releaseExpiredHolds() == 0)
        #expect(try await e.violations().isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func releaseFreesTheSeatAndChecksOwnership(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let tokens = try await e.admitted(["alice", "bob"])
        let seat = try await e.openSeats(token: tokens[0])[10].id
        let hold = try await e.engine.hold(token: tokens[0], seats: [seat])[0]
        let result = await outcome { try await e.engine.release(token: tokens[1], reservation: hold.id) }
        #expect(result.failure == .notYourReservation(hold.id))
        #expect(await errorCode { try await e.engine.release(token: tokens[0], reservation: ReservationID(9999)) } == "RESERVATION_NOT_FOUND")
        #expect(try await e.engine.holds(user: "alice") == [hold])
        try await e.engine.release(token: tokens[0], reservation: hold.id)
        try await e.engine.release(token: tokens[0], reservation: hold.id)
        #expect(try await e.engine.holds(user: "alice").isEmpty)
        #expect(try await e.engine.hold(token: tokens[1], seats: [seat]).count == 1)
    }

    @Test(arguments: StoreKind.allCases) func sweepCancelsOnlyOverdueHolds(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let alice = try await e.admitted("alice")
        let seats = try await e.openSeats(token: alice).map(\.id)
        _ = try await e.engine.hold(token: alice, seats: Array(seats[0..<2]))
        e.clock.advance(by: .seconds(200))
        _ = try await e.engine.hold(token: alice, seats: [seats[2]])
        e.clock.advance(by: .seconds(100))
        #expect(try await e.engine.releaseExpiredHolds() == 2)
        #expect(try await e.engine.releaseExpiredHolds() == 0)
        #expect(try await e.engine.holds(user: "alice").map(\.seat.seatNumber) == [3])
    }

    @Test(arguments: StoreKind.allCases) func unknownIdsAndBadSeatListsChangeNothing(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let alice = try await e.admitted("alice")
        let seat = try await e.openSeats(token: alice)[0].id
        let before = try await e.snapshot("alice")
        let cases: [(String, String?)] = [
            ("CONCERT_NOT_FOUND", await errorCode { try await e.engine.dates(token: alice, concert: ConcertID(999)) }),
            ("DATE_NOT_FOUND", await errorCode { try await e.engine.seatMap(token: alice, date: DateID(999)) }),
            ("SEAT_NOT_FOUND", await errorCode { try await e.engine.hold(token: alice, seats: [SeatID(99_999)]) }),
            ("SEAT_NOT_FOUND", await errorCode { try await e.engine.hold(token: alice, seats: [seat, SeatID(-1)]) }),
            ("INVALID_REQUEST", await errorCode { try await e.engine.hold(token: alice, seats: []) }),
            ("INVALID_REQUEST", await errorCode { try await e.engine.hold(token: alice, seats: [seat, seat]) }),
        ]
        for (expected, actual) in cases { #expect(actual == expected) }
        #expect(try await e.snapshot("alice") == before)
    }

    @Test func seatsOfAPastPerformanceCannotBeHeld() async throws {
        let e = try await TestEngine()
        let alice = try await e.admitted("alice")
        let pastSeat = try e.sql { db in
            try Int64.fetchOne(db, sql: """
                SELECT s.id FROM seat s JOIN performance p ON p.id = s.performance_id WHERE p.starts_at < ? LIMIT 1
                """, arguments: [e.clock.now().milliseconds])
        }
        let seat = try #require(pastSeat)
        #expect(await errorCode { try await e.engine.hold(token: alice, seats: [SeatID(seat)]) } == "INVALID_REQUEST")
        #expect(try await e.engine.holds(user: "alice").isEmpty)
    }
}
