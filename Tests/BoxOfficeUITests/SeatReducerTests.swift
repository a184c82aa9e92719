import BookingEngine
import Testing
@testable import BoxOfficeUI

@Suite("Concerts and seat grid")
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

    @Test func choosingADateLoadsItsSeats() {
        var state = Fixture.onConcerts()
        let effects = Fixture.press([.enter], &state)
        #expect(state.screen == .seatGrid)
        #expect(effects == [.loadSeatMap(Fixture.token, DateID(12))])
    }

    @Test func seatMapRefreshesEveryThreeSecondsAndDropsSeatsTakenMeanwhile() {
        var state = Fixture.onSeatGrid()
        #expect(state.nextRefreshAt == Fixture.at(seconds: 3))
        _ = Fixture.press([.right, .right, .character(" ")], &state)
        #expect(state.selection == [7])
        #expect(reduce(&state, .clockTicked(Fixture.at(seconds: 2))).isEmpty)
        #expect(reduce(&state, .clockTicked(Fixture.at(seconds: 3))) == [.loadSeatMap(Fixture.token, DateID(12))])
        _ = reduce(&state, .seatMapLoaded(Fixture.seatMap(at: Fixture.at(seconds: 3), sold: [1, 2, 3, 4, 7, 15])))
        #expect(state.selection.isEmpty)
        #expect(state.status?.text.contains("Seat 7 was just taken") == true)
        #expect(state.nextRefreshAt == Fixture.at(seconds: 6))
    }

    @Test func cursorMovesWithArrowsAndHjklInsideTheHall() {
        var state = Fixture.onSeatGrid()
        #expect(state.seatCursor == 5, "starts on the first free seat")
        _ = Fixture.press([.character("j"), .character("l"), .down], &state)
        #expect(state.seatCursor == 26)
        _ = Fixture.press([.up, .up, .up, .up, .character("h"), .left], &state)
        #expect(state.seatCursor == 4)
        _ = Fixture.press(Array(repeating: .right, count: 12) + Array(repeating: .down, count: 9), &state)
        #expect(state.seatCursor == 50)
    }

    @Test func selectionStopsAtTheHoldLimitCountingExistingHolds() {
        let held = Fixture.hold(seat: 17, id: 7, expiresAt: Fixture.at(seconds: 272))
        var state = Fixture.onSeatGrid(holds: [held])
        _ = Fixture.press([.character(" "), .right, .character(" "), .right, .character(" ")], &state)
        #expect(state.selection == [5, 6, 7])
        _ = Fixture.press([.right, .character(" ")], &state)
        #expect(state.selection == [5, 6, 7])
        #expect(state.status?.text == "You can hold at most 4 seats at once (you already hold 1).")
        _ = Fixture.press([.left, .character(" ")], &state)
        #expect(state.selection == [5, 6], "Space deselects")
    }

    @Test func takenSeatsCannotBeSelected() {
        var state = Fixture.onSeatGrid()
        _ = Fixture.press([.left, .character(" ")], &state)
        #expect(state.selection.isEmpty)
        #expect(state.status?.text == "Seat 4 is taken. Pick a free seat.")
    }

    @Test func enterHoldsTheSelectionAndMarksItInFlight() {
        var state = Fixture.onSeatGrid()
        _ = Fixture.press([.character(" "), .right, .character(" ")], &state)
        let effects = reduce(&state, .input(.key(.enter)))
        #expect(effects == [.hold(Fixture.token, [SeatID(1005), SeatID(1006)])])
        #expect(state.inFlight.contains(.holding))
        #expect(render(state, width: 80, height: 24).lines[22].contains("Holding seats…"))
        #expect(reduce(&state, .input(.key(.enter))).isEmpty, "no second hold while one is in flight")
    }

    @Test func clickingASeatSelectsItUsingTheRenderersLayout() {
        for (width, height) in [(80, 24), (120, 40)] {
            var state = Fixture.onSeatGrid(width: width, height: height)
            let layout = SeatGridLayout(width: width, height: height, seatCount: 50)
            let frame = layout.frame(ofSeat: 38)
            let screen = render(state, width: width, height: height)
            let drawn = screen.lines[frame.y]
            #expect(drawn.contains("38"))
            #expect(screen[frame.x + 1, frame.y].text == "3" && screen[frame.x + 2, frame.y].text == "8")
            _ = reduce(&state, .input(.click(x: frame.x + 2, y: frame.y)))
            #expect(state.selection == [38])
            #expect(state.seatCursor == 38)
            _ = reduce(&state, .input(.click(x: frame.x - 1, y: frame.y - 1)))
            #expect(state.selection == [38], "a click beside the seats does nothing")
        }
    }

    @Test func hitTestInvertsTheLayoutForEverySeat() {
        let layout = SeatGridLayout(width: 80, height: 24, seatCount: 50)
        for number in 1...50 {
            let frame = layout.frame(ofSeat: number)
            for dx in 0..<layout.seatWidth {
                #expect(layout.seat(atX: frame.x + dx, y: frame.y) == number)
            }
            #expect(layout.seat(atX: frame.x + layout.seatWidth, y: frame.y) == nil)
        }
    }

    @Test func seatUnavailableRefreshesTheMap() {
        var state = Fixture.onSeatGrid()
        _ = Fixture.press([.character(" ")], &state)
        _ = reduce(&state, .input(.key(.enter)))
        let effects = reduce(&state, .engineFailed(.holding, .seatUnavailable(seatNumber: 5)))
        #expect(state.selection.isEmpty)
        #expect(state.status?.text == "Seat 5 was just taken by someone else. Pick another seat.")
        #expect(effects == [.loadSeatMap(Fixture.token, DateID(12))])
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
        _ = reduce(&state, .engineFailed(.holding, .storageFailure("disk full")))
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
        .notEnoughPoints(balance: 10, needed: 99_000), .invalidAmount(.notANumber), .invalidUserName("it is empty"),
        .invalidRequest("Pick at least one seat to hold"), .invalidCatalog(line: 3, problem: "bad grade"),
        .storageFailure("database is locked"),
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
