import BookingEngine
import Testing
@testable import BoxOfficeUI

@Suite("Connection and others' changes")
struct ConnectionTests {
    @Test func aLostConnectionStaysInTheStatusLineUntilCallsGetThrough() {
        var state = Fixture.onSeatGrid()
        #expect(reduce(&state, .noticed(.connectionLost(reason: .notRunning))).isEmpty)
        #expect(state.connectionProblem == "No connection: the server is not running. Retrying; nothing is lost.")
        _ = reduce(&state, .clockTicked(Fixture.at(seconds: 30)))
        #expect(render(state, width: 80, height: 24).lines[22].contains("No connection: the server is not running."))
        _ = reduce(&state, .noticed(.connectionRestored))
        #expect(state.connectionProblem == nil)
        #expect(state.status?.text == "Connected to the server again.")
    }

    @Test func aLostConnectionIsExplainedInTheBuyersLanguage() {
        var state = Fixture.$language.withValue(.korean) { Fixture.onSeatGrid() }
        _ = reduce(&state, .noticed(.connectionLost(reason: .noAnswer)))
        #expect(state.connectionProblem == "연결 끊김: 제시간에 응답이 없습니다. 다시 시도하는 중이며, 요청은 사라지지 않습니다.")
    }

    @Test func aChangeByOthersReloadsTheSeatMapOrChecksThePlaceInLine() {
        var seats = Fixture.onSeatGrid()
        #expect(reduce(&seats, .noticed(.changed)) == [.loadSection(Fixture.token, DateID(12), Fixture.f2)])
        #expect(reduce(&seats, .noticed(.changed)).isEmpty, "one reload at a time")
        var waiting = Fixture.started()
        _ = reduce(&waiting, .tokenIssued(Fixture.waiting(position: 3)))
        #expect(reduce(&waiting, .noticed(.changed)) == [.checkQueue(Fixture.token)])
    }
}
