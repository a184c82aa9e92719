import BookingEngine
import Testing
@testable import BoxOfficeUI

@Suite("The venue overview and best available")
struct VenueReducerTests {
    @Test func overviewStartsOnTheBestSectionWithSeatsAndRefreshesEveryThreeSeconds() {
        var state = Fixture.onVenue()
        #expect(state.venue?.sections[state.sectionCursor].name == "F2", "F1 is sold out")
        #expect(state.nextRefreshAt == Fixture.at(seconds: 3))
        #expect(reduce(&state, .clockTicked(Fixture.at(seconds: 3))) == [.loadVenue(Fixture.token, DateID(12))])
        _ = reduce(&state, .venueLoaded(Fixture.venue(at: Fixture.at(seconds: 3), f2Free: 0)))
        #expect(state.venue?.sections[state.sectionCursor].name == "F2", "the cursor stays on its section")
    }

    @Test func arrowsMoveToTheNearestSectionOnTheDrawing() {
        var state = Fixture.onVenue()
        func highlighted() -> String? { state.venue?.sections[state.sectionCursor].name }
        _ = Fixture.press([.right], &state)
        #expect(highlighted() == "F3")
        _ = Fixture.press([.right], &state)
        #expect(highlighted() == "112")
        _ = Fixture.press([.down, .character("j")], &state)
        #expect(highlighted() == "110")
        _ = Fixture.press([.left, .left], &state)
        #expect(highlighted() == "F8")
        _ = Fixture.press([.up, .up], &state)
        #expect(highlighted() == "F2")
        _ = Fixture.press([.character("G")], &state)
        #expect(highlighted() == "217")
        _ = Fixture.press([.home], &state)
        #expect(highlighted() == "F1")
    }

    @Test func enterOpensTheHighlightedSectionAndQGoesBack() {
        var state = Fixture.onVenue()
        let effects = Fixture.press([.right, .enter], &state)
        #expect(state.screen == .seatGrid)
        #expect(effects == [.loadSection(Fixture.token, DateID(12), SectionID(3))])
        #expect(Fixture.press([.character("q")], &state) == [.loadVenue(Fixture.token, DateID(12))])
        #expect(state.screen == .venue)
        #expect(Fixture.press([.character("q")], &state) == [.loadConcerts(Fixture.token)])
        #expect(state.screen == .concerts)
    }

    @Test func aClickHighlightsASectionAndASecondOpensIt() throws {
        for (width, height) in [(80, 24), (200, 60)] {
            var state = Fixture.onVenue(width: width, height: height)
            let venue = try #require(state.venue)
            let drawing = VenueDrawing(venue, area: state.venueArea)
            let frame = drawing.frame(of: venue.sections[2].place)
            #expect(render(state, width: width, height: height).lines[frame.y].contains("F3"))
            _ = reduce(&state, .input(.click(x: frame.x + 1, y: frame.y)))
            #expect(state.sectionCursor == 2 && state.screen == .venue)
            _ = reduce(&state, .input(.click(x: frame.x + 1, y: frame.y)))
            #expect(state.screen == .seatGrid && state.selectedSection == venue.sections[2].id)
        }
    }

    @Test func bestAvailableAsksHowManyAndWhereThenHolds() {
        var state = Fixture.onSeatGrid()
        _ = Fixture.press([.character("a")], &state)
        #expect(state.overlay == .bestAvailable)
        #expect(state.bestQuestion?.count == 4, "the buyer's whole allowance by default")
        #expect(state.bestQuestion?.scope == .section(Fixture.f2, name: "F2"))
        _ = Fixture.press([.left, .character("-"), .character("9"), .right], &state)
        #expect(state.bestQuestion?.count == 3, "never below 1 or above the allowance")
        _ = Fixture.press([.tab], &state)
        #expect(state.bestQuestion?.scope == .grade("VIP"))
        let effects = Fixture.press([.enter], &state)
        #expect(effects == [.holdBest(Fixture.token, DateID(12), count: 3, section: nil, grade: "VIP")])
        #expect(state.overlay == nil && state.inFlight.contains(.holding))
        let held = (15...17).map { Fixture.hold(seat: $0, id: Int64($0), expiresAt: Fixture.at(seconds: 300)) }
        _ = reduce(&state, .seatsHeld(held))
        #expect(state.screen == .checkout)
        #expect(state.status?.text == "Held F2 · row 3 · seats 15–17. Pay within 5:00.")
    }

    @Test func bestAvailableOnTheOverviewLooksAnywhereFirstAndEscCancels() {
        var state = Fixture.onVenue(holds: [Fixture.hold(seat: 20, id: 1, expiresAt: Fixture.at(seconds: 200))])
        _ = Fixture.press([.character("a")], &state)
        #expect(state.bestQuestion?.count == 3)
        #expect(state.bestQuestion?.scopes == [.anywhere, .section(SectionID(2), name: "F2"), .grade("VIP")])
        #expect(render(state, width: 80, height: 24).lines.contains { $0.contains("Best available") && $0.contains("┌") })
        #expect(Fixture.press([.escape], &state).isEmpty)
        #expect(state.overlay == nil && state.bestQuestion == nil)
    }

    @Test func bestAvailableIsRefusedWithTheAllowanceUsed() {
        let holds = (1...4).map { Fixture.hold(seat: $0, id: Int64($0), expiresAt: Fixture.at(seconds: 200)) }
        var state = Fixture.onSeatGrid(holds: holds)
        #expect(Fixture.press([.character("a")], &state).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.status?.text == "You already hold 4 seats, the most at once. Press c to pay for them.")
    }

    @Test func notEnoughSeatsSaysSoAndRefreshes() {
        var state = Fixture.onSeatGrid()
        _ = Fixture.press([.character("a"), .enter], &state)
        let effects = reduce(&state, .engineFailed(.holding, .notEnoughSeats(wanted: 4)))
        #expect(state.status?.text == Language.english.message(for: .notEnoughSeats(wanted: 4)))
        #expect(effects == [.loadSection(Fixture.token, DateID(12), Fixture.f2)])
    }

    @Test func placesOfOneRowAreNamedTogether() {
        let row = (7...10).map { Fixture.label(row: 12, seat: $0) }
        let mixed = [Fixture.label(row: 12, seat: 7), Fixture.label(row: 12, seat: 9), Fixture.label(row: 13, seat: 1)]
        #expect(VenueText.places(row, .english) == "F2 · row 12 · seats 7–10")
        #expect(VenueText.places(mixed, .english) == "F2 · row 12 · seats 7, 9 and F2 · row 13 · seat 1")
        #expect(VenueText.places(row, .korean) == "F2구역 12열 7–10번")
        #expect(VenueText.places(mixed, .korean) == "F2구역 12열 7, 9번 및 F2구역 13열 1번")
    }
}
