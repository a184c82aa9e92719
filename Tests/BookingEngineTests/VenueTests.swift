import BookingEngine
import Testing

/// The venue overview, a section's seats and seat labels, on both stores.
@Suite struct VenueTests {
    /// The open date of `TestEngine.catalog` (Hall A: VIP 1×10, R 4×10) and a token for `user`.
    static func openDate(_ e: TestEngine, _ user: String = "alice") async throws -> (TokenID, DateID) {
        let token = try await e.admitted(user)
        let date = try await e.engine.concerts(token: token)[0].dates[0].id
        return (token, date)
    }

    @Test(arguments: StoreKind.allCases) func overviewGivesEverySectionInOrderWithItsCounts(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let (alice, date) = try await Self.openDate(e)
        let overview = try await e.engine.venueOverview(token: alice, date: date)
        #expect(overview.venue == "Hall A" && overview.timeZone == "Asia/Seoul")
        #expect(overview.stage == GridBox(x: 0, y: 0, width: 2, height: 1))
        #expect(overview.sections.map(\.name) == ["VIP", "R"])
        #expect(overview.sections.map(\.order) == [0, 1])
        #expect(overview.sections.map(\.seatCount) == [10, 40] && overview.sections.map(\.freeSeats) == [10, 40])
        #expect(overview.sections.map(\.place) == [GridBox(x: 0, y: 1, width: 2, height: 1), GridBox(x: 0, y: 2, width: 2, height: 1)])
        #expect(overview.sections.map(\.rowCount) == [1, 4])
        #expect(overview.grades == [SeatGrade(name: "VIP", price: 300), SeatGrade(name: "R", price: 100)])
        #expect(overview.date.seatCount == 50 && overview.date.freeSeats == 50 && overview.date.timeZone == "Asia/Seoul")

        let partlySold = try await e.engine.concerts(token: alice)[0].dates[1].id
        #expect(try await e.engine.venueOverview(token: alice, date: partlySold).sections.map(\.freeSeats) == [7, 40])
        #expect(await errorCode { try await e.engine.venueOverview(token: alice, date: DateID(999_999)) } == "DATE_NOT_FOUND")
    }

    /// Counts follow holds, sales and releases; a hold past its deadline frees its seat in
    /// the counts at once, before any sweep.
    @Test(arguments: StoreKind.allCases) func countsFollowHoldsSalesAndLapses(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let (alice, date) = try await Self.openDate(e)
        let bob = try await e.admitted("bob")
        _ = try await e.engine.charge(user: "alice", amount: 1_000)
        let vip = try await e.engine.venueOverview(token: alice, date: date).sections[0].id
        let seats = try await e.engine.sectionSeats(token: alice, date: date, section: vip)
        let held = try await e.engine.hold(token: alice, seats: [seats.seatID(at: 0), seats.seatID(at: 1)])
        _ = try await e.engine.hold(token: bob, seats: [seats.seatID(at: 2)])
        _ = try await e.engine.pay(token: alice, reservations: [held[0].id])
        func free() async throws -> [Int] { try await e.engine.venueOverview(token: bob, date: date).sections.map(\.freeSeats) }
        #expect(try await free() == [7, 40])
        #expect(try await e.engine.concerts(token: bob)[0].dates[0].freeSeats == 47)
        e.clock.advance(by: .seconds(301))
        #expect(try await free() == [9, 40], "lapsed holds are free before the sweep")
        #expect(try await e.engine.concerts(token: bob)[0].dates[0].freeSeats == 49)
        try await e.engine.releaseExpiredHolds()
        #expect(try await free() == [9, 40])
        #expect(try await e.violations().isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func sectionSeatsShowEachSeatAsTheBuyerSeesIt(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let (alice, date) = try await Self.openDate(e)
        let bob = try await e.admitted("bob")
        let r = try await e.engine.venueOverview(token: alice, date: date).sections[1].id
        let before = try await e.engine.sectionSeats(token: alice, date: date, section: r)
        #expect(before.rows == ["A", "B", "C", "D"].map { SectionRow(label: $0, seats: 10) })
        #expect(before.states.count == 40 && before.states.allSatisfy { $0 == .free })
        #expect(before.section.name == "R" && before.section.grade == "R" && before.section.price == 100)
        #expect(before.place(of: 25) == "R · row C · seat 6")
        #expect(before.index(row: 2, number: 6) == 25 && before.index(row: 4, number: 1) == nil && before.index(row: 0, number: 11) == nil)
        let map = try await e.engine.seatMap(token: alice, date: date)
        #expect(map.seats[35].id == before.seatID(at: 25) && map.seats[35].place == "R · row C · seat 6")

        let mine = try await e.engine.hold(token: alice, seats: [before.seatID(at: 0)])[0]
        _ = try await e.engine.hold(token: bob, seats: [before.seatID(at: 39)])
        let after = try await e.engine.sectionSeats(token: alice, date: date, section: r)
        #expect(after.states[0] == .heldByYou(mine.id, until: mine.expiresAt))
        #expect(after.states[39] == .held)
        #expect(after.section.freeSeats == 38)
        #expect(mine.seat.place == "R · row A · seat 1" && mine.seat.section == "R" && mine.seat.row == "A" && mine.seat.seatInRow == 1)
        #expect(mine.seat.timeZone == "Asia/Seoul")
        let vipElsewhere = try await e.engine.venueOverview(token: alice, date: try await e.engine.concerts(token: alice)[1].dates[0].id)
        #expect(await errorCode { try await e.engine.sectionSeats(token: alice, date: date, section: vipElsewhere.sections[0].id) } == "SECTION_NOT_FOUND")
        #expect(await errorCode { try await e.engine.sectionSeats(token: alice, date: DateID(999_999), section: r) } == "DATE_NOT_FOUND")
    }

    @Test(arguments: StoreKind.allCases) func aWaitingBuyerCannotReadTheVenue(store: StoreKind) async throws {
        var configuration = EngineConfiguration()
        configuration.activeCapacity = 1
        let e = try await TestEngine(store, configuration: configuration)
        let (alice, date) = try await Self.openDate(e)
        let waiting = try await e.engine.issueToken(user: "bob").token
        let section = try await e.engine.venueOverview(token: alice, date: date).sections[0].id
        #expect(await errorCode { try await e.engine.venueOverview(token: waiting, date: date) } == "TOKEN_NOT_ACTIVE")
        #expect(await errorCode { try await e.engine.sectionSeats(token: waiting, date: date, section: section) } == "TOKEN_NOT_ACTIVE")
        #expect(await errorCode { try await e.engine.holdBest(token: waiting, date: date, count: 1) } == "TOKEN_NOT_ACTIVE")
    }
}
