import BookingEngine
import BoxOfficeAssets
import Foundation
import GRDB
import Testing

@Suite struct CatalogTests {
    @Test func demoCatalogHasSmallHallsAnArenaAndAStadiumInSeoulTime() throws {
        let url = try #require(BoxOfficeAssets.demoCatalog)
        let document = try CatalogParser.parse(try String(contentsOf: url, encoding: .utf8))
        let seats = document.venues.map(\.layout.seatCount)
        #expect(seats.contains { (14_000...16_000).contains($0) }, "an arena: \(seats)")
        #expect(seats.contains { (44_000...47_000).contains($0) }, "a stadium: \(seats)")
        #expect(seats.filter { $0 <= 100 }.count >= 3, "small halls: \(seats)")
        #expect(document.venues.allSatisfy { $0.layout.timeZone == "Asia/Seoul" })
        let stadium = try #require(document.venues.map(\.layout).max { $0.seatCount < $1.seatCount })
        #expect(Set(stadium.sections.map(\.price)).count >= 3, "prices by section")
        #expect(stadium.sections.map(\.price) == stadium.sections.map(\.price).sorted(by: >), "best section first")
        let dates = document.concerts.flatMap(\.dates)
        let days = dates.compactMap { date -> Int? in
            if case .relative(let days, _, _) = date.when { return days }
            return nil
        }
        #expect(days.contains { $0 < 0 }, "a past date")
        #expect(dates.contains { $0.soldSeats.count == 50 }, "a sold-out date")
        #expect(dates.contains { $0.soldSeats.isEmpty }, "an open date")
    }

    @Test(arguments: StoreKind.allCases) func newDatabaseIsSeededWithTheDemoCatalogOnce(store: StoreKind) async throws {
        let e = try await TestEngine(store, catalog: nil)
        let summary = try #require(try await e.engine.seedCatalogIfNew())
        #expect(summary.concerts >= 5 && summary.seats > 60_000 && summary.soldSeats > 0)
        #expect(try await e.engine.seedCatalogIfNew() == nil)
        let alice = try await e.admitted("alice")
        let concerts = try await e.engine.concerts(token: alice)
        #expect(concerts.count == summary.concerts)
        #expect(concerts.flatMap(\.dates).allSatisfy { $0.startsAt > e.clock.now() && $0.timeZone == "Asia/Seoul" })
        #expect(concerts.flatMap(\.dates).contains { $0.isSoldOut })
        // Sold seats belong to the house buyer, each with a charge and a payment that balance out.
        let house = "@boxoffice"
        let (sold, ledger, balance) = try await e.stored { tx in
            (try tx.bookings(buyer: house).count, try tx.ledger(buyer: house), try tx.balance(buyer: house))
        }
        #expect(sold == summary.soldSeats)
        #expect(ledger.filter { $0.kind == .charge }.count == summary.soldSeats && ledger.filter { $0.kind == .payment }.count == summary.soldSeats)
        #expect(balance == 0)
        #expect(try await e.violations().isEmpty)
    }

    @Test func openingANewFileSeedsTheDemoCatalog() async throws {
        let folder = try TempFolder()
        let engine = try await BookingEngine.open(path: folder.path + "/new/db.sqlite", creation: .withFolders, clock: ManualClock())
        #expect(try await engine.seedCatalogIfNew() == nil)
        let token = try await engine.issueToken(user: "alice").token
        #expect(try await engine.concerts(token: token).count >= 5)
    }

    @Test func emptyCatalogIsRefused() async throws {
        #expect(await outcome { try CatalogParser.parse("# nothing\n\n") }.failure?.code == "INVALID_CATALOG")
    }

    @Test(arguments: StoreKind.allCases) func badCatalogLoadsNothing(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let alice = try await e.admitted("alice")
        let before = try await e.engine.concerts(token: alice)
        let text = TestCatalog.small(title: "Later").replacingOccurrences(of: "{at: +3d 19:00}", with: "{at: +3d 19:00, sold: [A 1 9]}")
        #expect(await errorCode { try await e.engine.loadCatalog(text: text) } == "INVALID_CATALOG")
        // Valid lines, but a performance at the same time twice: refused by the store, rolled back.
        let twice = TestCatalog.small(title: "Twice").replacingOccurrences(of: "[{at: +3d 19:00}]", with: "[{at: +1d 19:00}, {at: +1d 19:00}]")
        let result = await outcome { try await e.engine.loadCatalog(text: twice) }
        #expect(result.failure == .invalidCatalog(line: 4, problem: .performanceAlreadyThere(loadedBefore: false)))
        #expect(await errorCode { try await e.engine.loadCatalog(file: e.folder.path + "/missing.yaml") } == "INVALID_CATALOG")
        #expect(try await e.engine.concerts(token: alice) == before)
    }

    /// A catalog loaded twice adds nothing the second time: its concerts are the same
    /// concerts, and their dates are already there, which the error names.
    @Test(arguments: StoreKind.allCases) func loadingACatalogTwiceIsRefused(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let alice = try await e.admitted("alice")
        let before = try await e.engine.concerts(token: alice)
        let result = await outcome { try await e.engine.loadCatalog(text: TestEngine.catalog) }
        #expect(result.failure?.code == "INVALID_CATALOG")
        #expect(result.failure?.message.contains("Catalog line 16: this concert already has a performance at that time (it was loaded before") == true)
        #expect(try await e.engine.concerts(token: alice) == before)
        let more = TestCatalog.small(title: "Test Hall Live", venue: "Hall A", seats: 10, at: "+9d 19:00")
        #expect(try await e.engine.loadCatalog(text: more) == CatalogSummary(concerts: 0, dates: 1, seats: 10, soldSeats: 0))
        #expect(try await e.engine.concerts(token: alice)[0].dates.count == 3)
    }

    @Test(arguments: StoreKind.allCases) func catalogFileLoadsWithTimesInTheVenuesZone(store: StoreKind) async throws {
        let e = try await TestEngine(store, catalog: nil)
        let file = e.folder.path + "/catalog.yaml"
        try TestCatalog.small(title: "Fixed", seats: 2, at: "2026-12-24 19:30").write(toFile: file, atomically: true, encoding: .utf8)
        let summary = try await e.engine.loadCatalog(file: file)
        #expect(summary == CatalogSummary(concerts: 1, dates: 1, seats: 2, soldSeats: 0))
        let alice = try await e.admitted("alice")
        let date = try #require(try await e.engine.concerts(token: alice).first?.dates.first)
        #expect(date.startsAt == Timestamp(milliseconds: 1_798_108_200_000), "19:30 in Seoul is 10:30 UTC")
        #expect(date.timeZone == "Asia/Seoul")
    }

    /// Local times are read in the venue's zone with its daylight saving: the same 19:00 is
    /// 00:00 UTC in January and 23:00 UTC in July in New York.
    @Test func datesFollowTheVenuesDaylightSaving() throws {
        let winter = try CatalogParser.parse(TestCatalog.small(title: "W", at: "2027-01-15 19:00", zone: "America/New_York"))
        let summer = try CatalogParser.parse(TestCatalog.small(title: "S", at: "2027-07-15 19:00", zone: "America/New_York"))
        #expect(winter.concerts[0].dates[0].when == .absolute(Timestamp(milliseconds: 1_800_057_600_000)))
        #expect(summer.concerts[0].dates[0].when == .absolute(Timestamp(milliseconds: 1_815_692_400_000)))
        let repeated = try CatalogParser.parse(TestCatalog.small(title: "R", at: "2026-11-01 01:30 -05:00", zone: "America/New_York"))
        #expect(repeated.concerts[0].dates[0].when == .absolute(Timestamp(milliseconds: 1_793_514_600_000)))
    }

    @Test func sectionsRowsAndSoldSeatsAreRead() throws {
        let text = """
            venues:
              - name: Hall
                zone: Asia/Seoul
                stage: [1, 0, 2, 1]
                sections:
                  - {name: F1, grade: VIP, price: 500, place: [1, 1], rows: [3, 4], labels: letters}
                  - {name: "101", grade: R, price: 100, place: [0, 1, 1, 2], rows: 2 x 5}
            concerts:
              - {title: X, venue: Hall, dates: [{at: +1d 19:00, sold: [F1 B 2-3, "101 2"]}]}
            """
        let document = try CatalogParser.parse(text)
        let venue = document.venues[0].layout
        #expect(venue.stage == GridBox(x: 1, y: 0, width: 2, height: 1))
        #expect(venue.sections.map(\.name) == ["F1", "101"])
        #expect(venue.sections[0].rows == [SectionRow(label: "A", seats: 3), SectionRow(label: "B", seats: 4)])
        #expect(venue.sections[1].rows == [SectionRow(label: "1", seats: 5), SectionRow(label: "2", seats: 5)])
        #expect(venue.sections[1].place == GridBox(x: 0, y: 1, width: 1, height: 2))
        let sold = document.concerts[0].dates[0].soldSeats.map { [$0.section, $0.index] }
        #expect(sold == [[0, 4], [0, 5], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9]])
        #expect(document.summary == CatalogSummary(concerts: 1, dates: 1, seats: 17, soldSeats: 7))
    }
}
