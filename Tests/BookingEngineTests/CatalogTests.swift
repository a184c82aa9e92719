import BookingEngine
import BoxOfficeAssets
import Foundation
import GRDB
import Testing

@Suite struct CatalogTests {
    @Test func demoCatalogParses() throws {
        let url = try #require(BoxOfficeAssets.demoCatalog)
        let document = try CatalogParser.parse(try String(contentsOf: url, encoding: .utf8))
        #expect(document.concerts.count >= 3)
        #expect(document.concerts.contains { $0.title.contains("콘서트") })
        #expect(document.concerts.allSatisfy { $0.seats.map(\.number) == Array(1...50) })
        let dates = document.concerts.flatMap(\.dates)
        let days = dates.compactMap { date -> Int? in
            if case .relative(let days, _, _) = date.when { return days }
            return nil
        }
        #expect(days.contains { $0 < 0 }, "a past date")
        #expect(dates.contains { $0.soldSeats == Array(1...50) }, "a sold-out date")
        #expect(dates.contains { $0.soldSeats.isEmpty }, "an open date")
    }

    @Test(arguments: StoreKind.allCases) func newDatabaseIsSeededWithTheDemoCatalogOnce(store: StoreKind) async throws {
        let e = try await TestEngine(store, catalog: nil)
        let summary = try #require(try await e.engine.seedCatalogIfNew())
        #expect(summary.concerts >= 3 && summary.seats == summary.dates * 50 && summary.soldSeats > 0)
        #expect(try await e.engine.seedCatalogIfNew() == nil)
        let alice = try await e.admitted("alice")
        let concerts = try await e.engine.concerts(token: alice)
        #expect(concerts.count == summary.concerts)
        #expect(concerts.flatMap(\.dates).allSatisfy { $0.startsAt > e.clock.now() })
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

    @Test(arguments: StoreKind.allCases) func openingANewFileSeedsTheDemoCatalog(store: StoreKind) async throws {
        let folder = try TempFolder()
        let engine = try await BookingEngine.open(path: folder.path + "/new/db.sqlite", creation: .withFolders, clock: ManualClock())
        #expect(try await engine.seedCatalogIfNew() == nil)
        let token = try await engine.issueToken(user: "alice").token
        #expect(try await engine.concerts(token: token).count >= 3)
    }

    static let header = "concert: X\nvenue: Y\n"

    @Test(arguments: [
        ("concert: X\nvenue: Y\ncolour: red\ngrade: A 1-5 10\ndate: +1d 19:00 +09:00", 3),
        ("grade: A 1-5 10", 1),
        ("# comment\n\nvenue: Y", 3),
        ("concert: X\ngrade: A 1-5 10\ngrade: B 7-10 5\ndate: +1d 19:00 +09:00", 1),
        ("concert: X\ngrade: A 1-5 10\ngrade: B 5-10 5\ndate: +1d 19:00 +09:00", 3),
        ("concert: X\ngrade: A 1-5 10\ngrade: A 6-10 5\ndate: +1d 19:00 +09:00", 3),
        ("concert: X\ngrade: A 1-5 ten\ndate: +1d 19:00 +09:00", 2),
        ("concert: X\ngrade: A 1-5 -10\ndate: +1d 19:00 +09:00", 2),
        ("concert: X\ngrade: A 1-5 0\ndate: +1d 19:00 +09:00", 2),
        ("concert: X\ngrade: A 1-5 10000001\ndate: +1d 19:00 +09:00", 2),
        ("concert: X\ngrade: A 5-1 10\ndate: +1d 19:00 +09:00", 2),
        ("concert: X\ngrade: A 1-501 10\ndate: +1d 19:00 +09:00", 2),
        ("concert: X\ngrade: A 1-5 10\ndate: 2026-02-30 19:00 +09:00", 3),
        ("concert: X\ngrade: A 1-5 10\ndate: 2026-12-24 25:00 +09:00", 3),
        ("concert: X\ngrade: A 1-5 10\ndate: 2026-12-24 19:00 Seoul", 3),
        ("concert: X\ngrade: A 1-5 10\ndate: tomorrow", 3),
        ("concert: X\ngrade: A 1-5 10\ndate: +1d 19:00 +09:00\ndate: +2d 19:00 +09:00 sold 4-6", 4),
        ("concert: X\ngrade: A 1-5 10\ndate: +1d 19:00 +09:00 reserved 1", 3),
        ("concert: X\ngrade: A 1-5 10", 1),
        ("concert: X\ndate: +1d 19:00 +09:00", 1),
        ("concert: \ngrade: A 1-5 10\ndate: +1d 19:00 +09:00", 1),
        ("concert: X\njust words", 2),
    ] as [(String, Int)])
    func badCatalogNamesTheLine(text: String, line: Int) async throws {
        let result = await outcome { try CatalogParser.parse(text) }
        guard case .failure(.invalidCatalog(let reported, let problem)) = result else {
            Issue.record("expected invalidCatalog, got \(result)"); return
        }
        #expect(reported == line, "\(problem)")
        #expect(!problem.isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func emptyCatalogIsRefused(store: StoreKind) async throws {
        #expect(await outcome { try CatalogParser.parse("# nothing\n\n") }.failure?.code == "INVALID_CATALOG")
    }

    @Test(arguments: StoreKind.allCases) func badCatalogLoadsNothing(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let alice = try await e.admitted("alice")
        let before = try await e.engine.concerts(token: alice)
        let text = TestEngine.catalog + "\nconcert: Later\ngrade: A 1-5 10\ndate: +1d 19:00 +09:00 sold 9"
        #expect(await errorCode { try await e.engine.loadCatalog(text: text) } == "INVALID_CATALOG")
        // Valid lines, but a performance at the same time twice: refused by the store, rolled back.
        let twice = "concert: Twice\ngrade: A 1-5 10\ndate: +1d 19:00 +09:00\ndate: +1d 19:00 +09:00"
        let result = await outcome { try await e.engine.loadCatalog(text: twice) }
        #expect(result.failure == .invalidCatalog(line: 4, problem: "this concert already has a performance at that time"))
        #expect(await errorCode { try await e.engine.loadCatalog(file: e.folder.path + "/missing.txt") } == "INVALID_CATALOG")
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
        #expect(result.failure?.message.contains("Catalog line 5: this concert already has a performance at that time (it was loaded before") == true)
        #expect(try await e.engine.concerts(token: alice) == before)
        let more = "concert: Test Hall Live\n  venue: Hall A\n  grade: VIP 1-10 300\n  date: +9d 19:00 +09:00\n"
        #expect(try await e.engine.loadCatalog(text: more) == CatalogSummary(concerts: 0, dates: 1, seats: 10, soldSeats: 0))
        #expect(try await e.engine.concerts(token: alice)[0].dates.count == 3)
    }

    @Test(arguments: StoreKind.allCases) func catalogFileLoadsWithTimesResolvedFromTheLoadingDay(store: StoreKind) async throws {
        let e = try await TestEngine(store, catalog: nil)
        let file = e.folder.path + "/catalog.txt"
        try "concert: Fixed\ngrade: A 1-2 10\ndate: 2026-12-24 19:30 +09:00\n".write(toFile: file, atomically: true, encoding: .utf8)
        let summary = try await e.engine.loadCatalog(file: file)
        #expect(summary == CatalogSummary(concerts: 1, dates: 1, seats: 2, soldSeats: 0))
        let alice = try await e.admitted("alice")
        let date = try #require(try await e.engine.concerts(token: alice).first?.dates.first)
        #expect(date.startsAt == Timestamp(milliseconds: 1_798_108_200_000))
    }
}
