import BookingEngine
import Testing
@testable import BoxOfficeUI

@Suite("Concerts and a section's seats")
struct SeatReducerTests {
    @Test func cursorStartsOnTheFirstDateWithFreeSeats() {
        let state = Fixture.onConcerts()
        #expect(state.dateCursor == 1)
        #expect(state.dateChoices[state.dateCursor].date.id == DateID(12))
    }

    @Test func soldOutDatesCannotBeChosen() {
        var state = Fixture.onConcerts()
        _ = Fixture.press([.character("k")], &state)
        #expect(state.dateCursor == 0)
        #expect(reduce(&state, .input(.key(.enter))).isEmpty)
        #expect(state.screen == .concerts)
        #expect(state.status?.text == "That date is sold out. Pick another date.")
    }

    @Test func choosingADateOpensItsVenue() {
        var state = Fixture.onConcerts()
        let effects = Fixture.press([.enter], &state)
        #expect(state.screen == .venue)
        #expect(effects == [.loadVenue(Fixture.token, DateID(12))])
    }

    @Test func sectionRefreshesEveryThreeSecondsAndDropsSeatsTakenMeanwhile() {
        var state = Fixture.onSeatGrid()
        #expect(state.nextRefreshAt == Fixture.at(seconds: 3))
        _ = Fixture.press([.right, .right, .character(" ")], &state)
        #expect(state.selection == [Fixture.seatID(seat: 3)])
        #expect(reduce(&state, .clockTicked(Fixture.at(seconds: 2))).isEmpty)
        #expect(reduce(&state, .clockTicked(Fixture.at(seconds: 3))) == [.loadSection(Fixture.token, DateID(12), Fixture.f2)])
        _ = reduce(&state, .sectionLoaded(Fixture.section(at: Fixture.at(seconds: 3), sold: [Fixture.seatID(seat: 3)])))
        #expect(state.selection.isEmpty)
        #expect(state.status?.text.contains("F2 · row 3 · seat 3 was just taken") == true)
        #expect(state.nextRefreshAt == Fixture.at(seconds: 6))
    }

    @Test func cursorMovesWithArrowsAndHjklInsideTheSection() {
        var state = Fixture.onSeatGrid()
        #expect(state.seatCursor == 72, "starts on the first free seat: row 3, seat 1")
        _ = Fixture.press([.character("j"), .character("l"), .down], &state)
        #expect(state.section.map { [$0.position(of: state.seatCursor).row, $0.position(of: state.seatCursor).number] } == [4, 2])
        _ = Fixture.press(Array(repeating: .up, count: 9) + [.character("h"), .left], &state)
        #expect(state.seatCursor == 0, "stops at the first row and the first seat")
        _ = Fixture.press(Array(repeating: .right, count: 40) + Array(repeating: .down, count: 30), &state)
        #expect(state.seatCursor == 899)
        _ = Fixture.press([.character("g")], &state)
        #expect(state.seatCursor == 0)
        _ = Fixture.press([.pageDown], &state)
        #expect(state.section?.position(of: state.seatCursor).row == state.pageRows)
    }

    @Test func selectionStopsAtTheHoldLimitCountingExistingHolds() {
        let held = Fixture.hold(seat: 17, id: 7, expiresAt: Fixture.at(seconds: 272))
        var state = Fixture.onSeatGrid(holds: [held])
        _ = Fixture.press([.character(" "), .right, .character(" "), .right, .character(" ")], &state)
        #expect(state.selection == (1...3).map { Fixture.seatID(seat: $0) })
        _ = Fixture.press([.right, .character(" ")], &state)
        #expect(state.selection.count == 3)
        #expect(state.status?.text == "You can hold at most 4 seats at once (you already hold 1).")
        _ = Fixture.press([.left, .character(" ")], &state)
        #expect(state.selection == (1...2).map { Fixture.seatID(seat: $0) }, "Space deselects")
    }

    @Test func takenSeatsCannotBeSelected() {
        var state = Fixture.onSeatGrid()
        _ = Fixture.press([.up, .character(" ")], &state)
        #expect(state.selection.isEmpty)
        #expect(state.status?.text == "F2 · row 2 · seat 1 is taken. Pick a free seat.")
    }

    @Test func enterHoldsTheSelectionAndMarksItInFlight() {
        var state = Fixture.onSeatGrid()
        _ = Fixture.press([.character(" "), .right, .character(" ")], &state)
        let effects = reduce(&state, .input(.key(.enter)))
        #expect(effects == [.hold(Fixture.token, [Fixture.seatID(seat: 1), Fixture.seatID(seat: 2)])])
        #expect(state.inFlight.contains(.holding))
        #expect(render(state, width: 80, height: 24).lines[22].contains("Holding seats…"))
        #expect(reduce(&state, .input(.key(.enter))).isEmpty, "no second hold while one is in flight")
    }

    @Test func clickingASeatSelectsItUsingTheRenderersLayout() throws {
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            var state = Fixture.onSeatGrid(width: width, height: height)
            let section = try #require(state.section)
            let layout = SeatGridLayout(section, area: state.bodyArea, cursor: state.seatCursor)
            let target = try #require(section.index(row: 4, number: 20))
            let frame = try #require(layout.frame(ofSeat: target))
            let screen = render(state, width: width, height: height)
            #expect(screen[frame.x + layout.seatWidth - 1, frame.y].text == (layout.seatWidth < 2 ? "o" : "0"))
            _ = reduce(&state, .input(.click(x: frame.x, y: frame.y)))
            #expect(state.selection == [Fixture.seatID(row: 5, seat: 20)])
            #expect(state.seatCursor == target)
            _ = reduce(&state, .input(.click(x: frame.x, y: 1)))
            #expect(state.selection.count == 1, "a click beside the seats does nothing")
        }
    }

    @Test func hitTestInvertsTheLayoutForEverySeatShown() throws {
        let section = Fixture.section()
        for (width, height) in [(80, 24), (200, 60)] {
            let layout = SeatGridLayout(section, area: Area(x: 0, y: 2, width: width, height: height - 4), cursor: 450)
            var shown = 0
            for index in section.states.indices {
                guard let frame = layout.frame(ofSeat: index) else { continue }
                shown += 1
                for dx in 0..<layout.seatWidth { #expect(layout.seat(atX: frame.x + dx, y: frame.y) == index) }
                #expect(layout.seat(atX: frame.x + layout.seatWidth, y: frame.y) == nil)
            }
            #expect(shown == layout.visibleRows * 36)
        }
    }

    @Test func seatUnavailableRefreshesTheSection() {
        var state = Fixture.onSeatGrid()
        _ = Fixture.press([.character(" ")], &state)
        _ = reduce(&state, .input(.key(.enter)))
        let effects = reduce(&state, .engineFailed(.holding, .seatUnavailable(seatNumber: 73)))
        #expect(state.status?.text == "A seat you picked was just taken by someone else. Pick another seat.")
        #expect(effects == [.loadSection(Fixture.token, DateID(12), Fixture.f2)])
    }

    @Test func holdLimitReachedResyncsHolds() {
        var state = Fixture.onSeatGrid()
        let effects = reduce(&state, .engineFailed(.holding, .holdLimitReached(limit: 4)))
        #expect(state.status?.kind == .error)
        #expect(state.status?.text.contains("at most 4 seats") == true)
        #expect(effects == [.loadBookings(user: "민지")])
    }

    @Test func tokenNotActiveReturnsToTheWaitingRoom() {
        var state = Fixture.onSeatGrid()
        let effects = reduce(&state, .engineFailed(.loadingSeats, .tokenNotActive(position: 3)))
        #expect(state.screen == .waitingRoom)
        #expect(effects == [.checkQueue(Fixture.token)])
        #expect(state.status?.text.contains("position 3") == true)
    }

    @Test func tokenExpiredOffersToRejoin() {
        var state = Fixture.onSeatGrid()
        _ = reduce(&state, .engineFailed(.loadingSeats, .tokenExpired))
        #expect(state.tokenExpired)
        #expect(state.status?.text == "Your place in line has expired. Join the line again. Press r to rejoin.")
        #expect(reduce(&state, .input(.key(.character("r")))) == [.issueToken(user: "민지")])
    }

    @Test func unknownDateGoesBackToTheList() {
        var state = Fixture.onSeatGrid()
        let effects = reduce(&state, .engineFailed(.loadingSeats, .dateNotFound(DateID(12))))
        #expect(state.screen == .concerts)
        #expect(effects == [.loadConcerts(Fixture.token)])
    }

    @Test func storageFailuresAreShownNotFatal() {
        var state = Fixture.onSeatGrid()
        _ = reduce(&state, .engineFailed(.holding, .storageFailure(.said("disk full"))))
        #expect(state.status == StatusMessage("The booking database cannot be used: disk full.", kind: .error))
        #expect(render(state, width: 80, height: 24).lines[22].contains("disk full"))
    }
}

@Suite("Every engine error reaches the status line")
struct ErrorPathTests {
    static let errors: [BookingError] = [
        .tokenNotFound, .tokenExpired, .tokenNotActive(position: 2), .concertNotFound(ConcertID(1)),
        .dateNotFound(DateID(12)), .seatNotFound(SeatID(1005)), .seatUnavailable(seatNumber: 5),
        .holdLimitReached(limit: 4), .holdExpired, .reservationNotFound(ReservationID(3)),
        .notYourReservation(ReservationID(3)), .alreadyPaid(ReservationID(3)),
        .notEnoughPoints(balance: 10, needed: 99_000), .invalidAmount(.notANumber), .invalidUserName(.empty),
        .invalidRequest(.noSeatsPicked), .invalidCatalog(line: 3, problem: .noRows),
        .storageFailure(.said("database is locked")),
    ]

    @Test(arguments: errors)
    func errorIsShownWithItsMessage(error: BookingError) {
        var state = Fixture.onSeatGrid()
        _ = Fixture.press([.character(" "), .enter], &state)
        _ = reduce(&state, .engineFailed(.holding, error))
        #expect(state.status?.text.hasPrefix(error.message) == true)
        #expect(!state.inFlight.contains(.holding))
        let status = render(state, width: 120, height: 40).lines[38]
        #expect(status.contains(String(error.message.prefix(40))))
    }
}
