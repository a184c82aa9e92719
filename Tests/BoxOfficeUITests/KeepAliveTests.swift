import BookingEngine
import Testing
@testable import BoxOfficeUI

/// Issue 19, item 1: a waiting buyer keeps their place whatever the screen, and learns at
/// once when they are admitted.
@Suite struct KeepAliveTests {
    static func waiting(on key: Character) -> AppState {
        var state = Fixture.started()
        _ = reduce(&state, .tokenIssued(Fixture.waiting(position: 1)))
        _ = reduce(&state, .input(.key(.character(key))))
        return state
    }

    @Test(arguments: ["p", "b"] as [Character])
    func theQueueIsCheckedEveryFiveSecondsOnOtherScreens(key: Character) {
        var state = Self.waiting(on: key)
        #expect(state.screen != .waitingRoom)
        for second in stride(from: 5, through: 150, by: 5) {
            let moment = Fixture.at(seconds: Int64(second))
            let effects = reduce(&state, .clockTicked(moment))
            #expect(effects.contains(.checkQueue(Fixture.token)), "no check at \(second) s on \(state.screen)")
            _ = reduce(&state, .queueChecked(Fixture.waiting(position: 1, at: moment)))
        }
        #expect(!state.tokenExpired)
    }

    @Test func admissionOnAnotherScreenIsToldAtOnceAndBackLeadsToTheConcerts() {
        var state = Self.waiting(on: "p")
        _ = Fixture.type("5000", &state)
        _ = reduce(&state, .clockTicked(Fixture.at(seconds: 5)))
        _ = reduce(&state, .queueChecked(Fixture.active(at: Fixture.at(seconds: 5))))
        #expect(state.screen == .points, "typing is not interrupted")
        #expect(state.amountText == "5000")
        #expect(state.status?.kind == .success)
        #expect(state.status?.text.contains("You're in!") == true)
        #expect(render(state, width: 80, height: 24).lines[0].contains("10:00 left"))
        #expect(state.nextQueueCheckAt == nil, "an admitted token needs no more checks")
        let effects = reduce(&state, .input(.key(.character("q"))))
        #expect(state.screen == .concerts)
        #expect(effects == [.loadConcerts(Fixture.token)])
    }

    @Test func aFailedCheckOnAnotherScreenIsTriedAgain() {
        var state = Self.waiting(on: "b")
        _ = reduce(&state, .clockTicked(Fixture.at(seconds: 5)))
        _ = reduce(&state, .engineFailed(.checkingQueue, .storageFailure(.said("database is locked"))))
        #expect(state.nextQueueCheckAt == Fixture.at(seconds: 10))
    }
}
