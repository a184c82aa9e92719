import BookingEngine
import Testing
@testable import BoxOfficeUI

@Suite("Screens rendered to text")
struct GoldenTests {
    static let sizes = [(80, 24), (120, 40)]

    static func states(width: Int, height: Int) -> [(String, AppState)] {
        var result: [(String, AppState)] = []

        var waiting = Fixture.started(width: width, height: height)
        _ = reduce(&waiting, .tokenIssued(Fixture.waiting(position: 20)))
        _ = reduce(&waiting, .clockTicked(Fixture.at(seconds: 5)))
        _ = reduce(&waiting, .queueChecked(Fixture.waiting(position: 12, at: Fixture.at(seconds: 5))))
        _ = reduce(&waiting, .clockTicked(Fixture.at(seconds: 7)))
        result.append(("waiting-room", waiting))

        let concerts = Fixture.onConcerts(width: width, height: height)
        result.append(("concerts", concerts))

        let held = Fixture.hold(seat: 17, id: 7, expiresAt: Fixture.at(seconds: 272))
        var venue = Fixture.onVenue(width: width, height: height, holds: [held])
        _ = reduce(&venue, .clockTicked(Fixture.at(seconds: 2)))
        result.append(("venue", venue))

        var grid = Fixture.onSeatGrid(width: width, height: height, holds: [held])
        _ = Fixture.press([.character(" "), .down, .down, .character("l"), .character(" ")], &grid)
        _ = reduce(&grid, .clockTicked(Fixture.at(seconds: 2)))
        result.append(("seat-grid", grid))

        var best = Fixture.onSeatGrid(width: width, height: height, holds: [held])
        _ = Fixture.press([.character("a"), .left], &best)
        result.append(("best-available", best))

        var checkout = CheckoutReducerTests.atCheckout()
        _ = reduce(&checkout, .balanceLoaded(300_000))
        _ = reduce(&checkout, .clockTicked(Fixture.start + .milliseconds(47_400)))
        checkout = resized(checkout, width: width, height: height)
        result.append(("checkout", checkout))

        var receipt = CheckoutReducerTests.atCheckout()
        _ = reduce(&receipt, .input(.key(.enter)))
        _ = reduce(&receipt, .paymentCompleted(CheckoutReducerTests.receipt))
        result.append(("receipt", resized(receipt, width: width, height: height)))

        var points = Fixture.onConcerts(width: width, height: height)
        _ = reduce(&points, .balanceLoaded(9_500_000))
        _ = reduce(&points, .input(.key(.character("p"))))
        _ = reduce(&points, .balanceLoaded(9_500_000))
        _ = Fixture.type("600000", &points)
        result.append(("points-error", points))

        var bookings = Fixture.onConcerts(width: width, height: height)
        _ = reduce(&bookings, .input(.key(.character("b"))))
        _ = reduce(&bookings, .bookingsLoaded(holds: [held], bookings: CheckoutReducerTests.receipt.bookings))
        result.append(("bookings", bookings))

        var help = Fixture.onSeatGrid(width: width, height: height)
        _ = reduce(&help, .input(.key(.character("?"))))
        result.append(("help", help))

        var quit = Fixture.onSeatGrid(width: width, height: height, holds: [held])
        _ = Fixture.press([.character("q"), .character("q"), .character("q")], &quit)
        result.append(("quit-question", quit))

        var inspector = Fixture.onSeatGrid(width: width, height: height, holds: [held])
        _ = reduce(&inspector, .input(.key(.character("i"))))
        _ = reduce(&inspector, .inspectorLoaded(InspectorFixture.report()))
        _ = reduce(&inspector, .clockTicked(Fixture.start + .milliseconds(400)))
        result.append(("inspector", inspector))
        return result
    }

    static func resized(_ state: AppState, width: Int, height: Int) -> AppState {
        var copy = state
        _ = reduce(&copy, .input(.resize(width: width, height: height)))
        return copy
    }

    @Test(arguments: sizes.map { "\($0.0)x\($0.1)" })
    func screensMatchTheirGoldens(size: String) {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        for (name, state) in Self.states(width: parts[0], height: parts[1]) {
            Golden.check(render(state, width: parts[0], height: parts[1]), named: "\(name)-\(size)")
        }
    }

    @Test(arguments: KoreanScreens.sizes.map { "\($0.0)x\($0.1)" })
    func koreanScreensMatchTheirGoldens(size: String) {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        for (name, state) in KoreanScreens.states(width: parts[0], height: parts[1]) {
            Golden.check(render(state, width: parts[0], height: parts[1]), named: "\(name)-ko-\(size)")
        }
    }

    @Test func inspectorAtTheSmallestSizeGolden() {
        let state = InspectorFixture.open(width: 60, height: 18, qa: false)
        Golden.check(render(state, width: 60, height: 18), named: "inspector-60x18")
    }

    @Test func inspectorWithoutSchedulerWhileLoadingGolden() {
        var state = Fixture.onConcerts(width: 100, height: 30)
        _ = reduce(&state, .input(.key(.character("i"))))
        Golden.check(render(state, width: 100, height: 30), named: "inspector-loading-100x30")
        _ = reduce(&state, .inspectorLoaded(InspectorFixture.report(qa: false, scheduler: false)))
        Golden.check(render(state, width: 100, height: 30), named: "inspector-no-scheduler-100x30")
    }

    @Test func tooSmallGolden() {
        let state = Fixture.onConcerts(width: 40, height: 10)
        Golden.check(render(state, width: 40, height: 10), named: "too-small-40x10")
    }

    @Test func koreanLinesAreAlignedByColumns() {
        let state = Fixture.onConcerts(width: 80, height: 24)
        let screen = render(state, width: 80, height: 24)
        let lines = screen.lines
        for line in lines {
            #expect(TerminalColumns.width(of: line) == 80, "every row is exactly 80 columns: \(line)")
        }
        let iu = try! #require(lines.first { $0.contains(Fixture.iuTitle) })
        let arena = try! #require(lines.first { $0.contains("아이유 콘서트") })
        #expect(iu.hasSuffix(Fixture.iuVenue + "  "))
        #expect(arena.hasSuffix("올림픽공원 KSPO DOME  "))
        let iuStart = try! #require(iu.range(of: Fixture.iuTitle))
        #expect(TerminalColumns.width(of: iu[..<iuStart.lowerBound]) == 2)
        let dateRows = lines.filter { $0.contains("seats free") || $0.contains("sold out") }
        #expect(dateRows.count == 5)
        let availabilityColumns = Set(dateRows.map { row -> Int in
            let match = row.firstMatch(of: /[\d,]+ of [\d,]+ seats free|sold out/)!
            return TerminalColumns.width(of: row[..<match.range.lowerBound])
        })
        #expect(availabilityColumns == [33], "free-seat counts start in one column")
    }

    @Test func wideCharactersAreNeverSplitWhenCut() {
        var state = Fixture.onConcerts(width: 60, height: 18)
        _ = reduce(&state, .concertsLoaded([
            Concert(id: ConcertID(9), title: String(repeating: "가", count: 40), venue: "국립극장 해오름극장",
                    dates: [Fixture.iuDate]),
        ]))
        let screen = render(state, width: 60, height: 18)
        for y in 0..<screen.height {
            #expect(TerminalColumns.width(of: screen.lines[y]) == 60)
            for x in 0..<screen.width where screen[x, y].isContinuation {
                #expect(x > 0 && !screen[x - 1, y].isContinuation && screen[x - 1, y].text != " ")
            }
        }
        #expect(screen.lines.contains { $0.contains("가…") })
    }
}
