import BookingEngine
import Testing

/// Best available: seats together in the best section first, then the nearest split, in
/// one transaction, on both stores.
@Suite struct BestAvailableTests {
    /// A hall whose front section is one row of `front` seats, behind it a 2×6 section.
    static func hall(front: Int = 10) -> String {
        """
        venues:
          - name: Hall
            zone: Asia/Seoul
            stage: [0, 0, 2, 1]
            sections:
              - {name: Front, grade: VIP, price: 300, place: [0, 1, 2, 1], rows: 1 x \(front)}
              - {name: Back, grade: R, price: 100, place: [0, 2, 2, 1], rows: 2 x 6, labels: letters}
        concerts:
          - {title: Best, venue: Hall, dates: [{at: +2d 19:00}]}

        """
    }

    static func setUp(_ store: StoreKind, front: Int = 10) async throws -> (TestEngine, DateID, [SectionSummary]) {
        let e = try await TestEngine(store, catalog: hall(front: front))
        let token = try await e.admitted("setup")
        let date = try await e.engine.concerts(token: token)[0].dates[0].id
        return (e, date, try await e.engine.venueOverview(token: token, date: date).sections)
    }

    /// The seats of the holds as "section row seat" text.
    static func places(_ holds: [Hold]) -> [String] { holds.map(\.seat.place) }

    @Test(arguments: StoreKind.allCases) func seatsTogetherInTheBestSectionNearTheMiddle(store: StoreKind) async throws {
        let (e, date, sections) = try await Self.setUp(store)
        let alice = try await e.admitted("alice")
        let held = try await e.engine.holdBest(token: alice, date: date, count: 4)
        #expect(Self.places(held) == (4...7).map { "Front · row 1 · seat \($0)" })
        #expect(Set(held.map(\.price)) == [300])
        let bob = try await e.admitted("bob")
        let back = try await e.engine.holdBest(token: bob, date: date, count: 3, grade: "R")
        #expect(Self.places(back) == (2...4).map { "Back · row A · seat \($0)" })
        let carol = try await e.admitted("carol")
        let chosen = try await e.engine.holdBest(token: carol, date: date, count: 2, section: sections[1].id)
        #expect(Self.places(chosen).allSatisfy { $0.hasPrefix("Back · row") })
        #expect(try await e.violations().isEmpty)
    }

    /// With no two seats together in the front row, a pair is split over the nearest free
    /// seats there rather than moved to a worse section's pair.
    @Test(arguments: StoreKind.allCases) func noSeatsTogetherFallsBackToTheNearestSplit(store: StoreKind) async throws {
        let (e, date, sections) = try await Self.setUp(store)
        let front = try await e.engine.sectionSeats(token: try await e.admitted("setup"), date: date, section: sections[0].id)
        let blockers = try await e.admitted(["b1", "b2"])
        _ = try await e.engine.hold(token: blockers[0], seats: [1, 3, 5, 7].map { front.seatID(at: $0) })
        _ = try await e.engine.hold(token: blockers[1], seats: [9].map { front.seatID(at: $0) })
        let alice = try await e.admitted("alice")
        let split = try await e.engine.holdBest(token: alice, date: date, count: 2, section: sections[0].id)
        #expect(Self.places(split) == ["Front · row 1 · seat 5", "Front · row 1 · seat 7"])
        let bob = try await e.admitted("bob")
        let together = try await e.engine.holdBest(token: bob, date: date, count: 2)
        #expect(Self.places(together) == ["Back · row A · seat 3", "Back · row A · seat 4"], "together beats a split in a better section")
    }

    @Test(arguments: StoreKind.allCases) func refusalsChangeNothing(store: StoreKind) async throws {
        let (e, date, sections) = try await Self.setUp(store, front: 3)
        let alice = try await e.admitted("alice")
        let before = try await e.snapshot("alice")
        #expect(await errorCode { try await e.engine.holdBest(token: alice, date: date, count: 4, section: sections[0].id) } == "NOT_ENOUGH_SEATS")
        #expect(await errorCode { try await e.engine.holdBest(token: alice, date: date, count: 1, grade: "Balcony") } == "NOT_ENOUGH_SEATS")
        #expect(await errorCode { try await e.engine.holdBest(token: alice, date: date, count: 0) } == "INVALID_REQUEST")
        #expect(await errorCode { try await e.engine.holdBest(token: alice, date: date, count: 5) } == "INVALID_REQUEST")
        #expect(await errorCode { try await e.engine.holdBest(token: alice, date: date, count: 1, section: SectionID(999_999)) } == "SECTION_NOT_FOUND")
        #expect(await errorCode { try await e.engine.holdBest(token: alice, date: DateID(999_999), count: 1) } == "DATE_NOT_FOUND")
        #expect(try await e.snapshot("alice") == before)
        _ = try await e.engine.holdBest(token: alice, date: date, count: 3)
        #expect(await errorCode { try await e.engine.holdBest(token: alice, date: date, count: 2) } == "HOLD_LIMIT_REACHED")
    }

    /// Eight buyers race for a row of four: exactly four single seats are won, each once;
    /// asking for pairs, exactly two buyers win.
    @Test(arguments: StoreKind.allCases, [1, 2]) func racingBuyersGetEachSeatOnce(store: StoreKind, count: Int) async throws {
        let (e, date, sections) = try await Self.setUp(store, front: 4)
        let tokens = try await e.admitted((1...8).map { "racer\($0)" })
        let results = await withTaskGroup(of: Result<[Hold], BookingError>.self) { group in
            for token in tokens {
                group.addTask { await outcome { try await e.engine.holdBest(token: token, date: date, count: count, section: sections[0].id) } }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let won = results.compactMap { try? $0.get() }
        #expect(won.count == 4 / count)
        #expect(results.filter { $0.failure == .notEnoughSeats(wanted: count) }.count == 8 - 4 / count)
        let seats = won.flatMap { $0.map(\.seat.seatID) }
        #expect(seats.count == 4 && Set(seats).count == 4)
        #expect(try await e.violations().isEmpty)
    }

    /// A seat whose hold lapsed is free for best available before the sweep runs.
    @Test(arguments: StoreKind.allCases) func lapsedHoldsAreTakenOver(store: StoreKind) async throws {
        let (e, date, sections) = try await Self.setUp(store, front: 2)
        let alice = try await e.admitted("alice")
        _ = try await e.engine.holdBest(token: alice, date: date, count: 2, section: sections[0].id)
        e.clock.advance(by: .seconds(301))
        let bob = try await e.admitted("bob")
        let taken = try await e.engine.holdBest(token: bob, date: date, count: 2, section: sections[0].id)
        #expect(Self.places(taken) == ["Front · row 1 · seat 1", "Front · row 1 · seat 2"])
        #expect(try await e.violations().isEmpty)
    }
}
