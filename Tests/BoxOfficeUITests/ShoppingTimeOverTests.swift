import BookingEngine
import Testing
@testable import BoxOfficeUI

/// Issue 19, item 9: when shopping time ends the seat grid is no dead end.
@Suite struct ShoppingTimeOverTests {
    @Test func theGridGivesWayToTheWaitingRoomWhichSaysWhatHappened() {
        var state = Fixture.onSeatGrid()
        _ = Fixture.press([.character(" ")], &state)
        _ = reduce(&state, .clockTicked(Fixture.at(seconds: 600)))
        #expect(state.tokenExpired)
        #expect(state.screen == .waitingRoom)
        #expect(state.selection.isEmpty)
        #expect(state.nextRefreshAt == nil, "nothing is refreshed with a dead token")
        let text = render(state, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("Your shopping time has ended."))
        #expect(text.contains("Press r to join the line again"))
        #expect(render(state, width: 80, height: 24).lines[23].contains("r join the line"))
        #expect(Fixture.press([.character(" "), .enter], &state).isEmpty)
        #expect(reduce(&state, .input(.key(.character("r")))) == [.issueToken(user: "민지")])
    }

    @Test func backFromPointsDoesNotLeadIntoADeadGrid() {
        var state = Fixture.onSeatGrid()
        _ = reduce(&state, .input(.key(.character("p"))))
        _ = reduce(&state, .clockTicked(Fixture.at(seconds: 600)))
        #expect(state.screen == .points, "points work without shopping time")
        _ = reduce(&state, .input(.key(.character("q"))))
        #expect(state.screen == .waitingRoom)
    }

    @Test func anExpiredTokenReportedByTheEngineLeavesTheGridToo() {
        var state = Fixture.onSeatGrid()
        _ = reduce(&state, .engineFailed(.loadingSeats, .tokenExpired))
        #expect(state.screen == .waitingRoom)
        #expect(render(state, width: 80, height: 24).lines.joined().contains("Press r to join the line again"))
    }
}
