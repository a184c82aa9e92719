import BookingEngine
import Testing
@testable import BoxOfficeUI

@Suite("Waiting room and refresh schedule")
struct QueueReducerTests {
    @Test func startJoinsTheLineAndReadsBalanceAndHolds() {
        var state = AppState(user: "민지", now: Fixture.start, utcOffsetMinutes: Fixture.seoul)
        let effects = state.start()
        #expect(effects == [.issueToken(user: "민지"), .loadBalance(user: "민지"), .loadBookings(user: "민지")])
        #expect(state.inFlight.contains(.joiningLine))
        #expect(state.screen == .waitingRoom)
    }

    @Test func pollsEveryFiveSecondsFromTheLastAnswer() {
        var state = Fixture.started()
        _ = reduce(&state, .tokenIssued(Fixture.waiting(position: 12)))
        #expect(state.nextQueueCheckAt == Fixture.at(seconds: 5))
        #expect(reduce(&state, .clockTicked(Fixture.at(seconds: 4))).isEmpty)
        #expect(reduce(&state, .clockTicked(Fixture.at(seconds: 5))) == [.checkQueue(Fixture.token)])
        #expect(state.nextQueueCheckAt == nil)
        #expect(reduce(&state, .clockTicked(Fixture.at(seconds: 6))).isEmpty, "no second poll while one is in flight")
        _ = reduce(&state, .queueChecked(Fixture.waiting(position: 9, at: Fixture.at(seconds: 6))))
        #expect(state.nextQueueCheckAt == Fixture.at(seconds: 11))
        #expect(state.lastRefreshedAt == Fixture.at(seconds: 6))
    }

    @Test func aFailedPollStillSchedulesTheNextOne() {
        var state = Fixture.started()
        _ = reduce(&state, .tokenIssued(Fixture.waiting(position: 12)))
        _ = reduce(&state, .clockTicked(Fixture.at(seconds: 5)))
        _ = reduce(&state, .engineFailed(.checkingQueue, .storageFailure(.said("database is locked"))))
        #expect(state.nextQueueCheckAt == Fixture.at(seconds: 10))
        #expect(state.status?.kind == .error)
    }

    @Test func wakesEverySecondInTheWaitingRoomForTheRefreshCountdown() {
        var state = Fixture.started()
        _ = reduce(&state, .tokenIssued(Fixture.waiting(position: 12)))
        #expect(state.nextWakeUp == Fixture.at(seconds: 1))
        _ = reduce(&state, .clockTicked(Fixture.start + .milliseconds(1_300)))
        #expect(state.nextWakeUp == Fixture.at(seconds: 2))
    }

    @Test func progressStartsFromTheFirstPositionSeen() {
        var state = Fixture.started()
        _ = reduce(&state, .tokenIssued(Fixture.waiting(position: 20)))
        _ = reduce(&state, .queueChecked(Fixture.waiting(position: 5)))
        #expect(state.firstPosition == 20)
        let text = render(state, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("75%"))
        #expect(text.contains("#5 of 40 waiting"))
        #expect(text.contains("about 2–3 min"))
    }

    @Test func admissionMovesToTheConcertsAndLoadsThem() {
        var state = Fixture.started()
        _ = reduce(&state, .tokenIssued(Fixture.waiting(position: 1)))
        let effects = reduce(&state, .queueChecked(Fixture.active()))
        #expect(state.screen == .concerts)
        #expect(effects == [.loadConcerts(Fixture.token)])
        #expect(state.status?.kind == .success)
    }

    @Test func instantAdmissionSkipsTheWaitingRoom() {
        var state = Fixture.started()
        let effects = reduce(&state, .tokenIssued(Fixture.active()))
        #expect(state.screen == .concerts)
        #expect(effects == [.loadConcerts(Fixture.token)])
    }

    @Test func headerCountsDownTheActiveTimeAndExpiresTheToken() {
        var state = Fixture.onConcerts()
        #expect(render(state, width: 80, height: 24).lines[0].contains("10:00 left"))
        _ = reduce(&state, .clockTicked(Fixture.start + .milliseconds(61_500)))
        #expect(render(state, width: 80, height: 24).lines[0].contains("8:59 left"))
        #expect(state.nextWakeUp == Fixture.at(seconds: 62), "the next countdown second")
        _ = reduce(&state, .clockTicked(Fixture.at(seconds: 600)))
        #expect(state.tokenExpired)
        #expect(state.status?.text.contains("Press r to join the line again") == true)
        #expect(render(state, width: 80, height: 24).lines[0].contains("expired"))
        #expect(reduce(&state, .input(.key(.character("r")))) == [.issueToken(user: "민지")])
        #expect(state.screen == .waitingRoom)
    }

    @Test func waitEstimatesReadNaturally() {
        #expect(Formatting.wait(.unknown) == "estimating…")
        #expect(Formatting.wait(.range(lowSeconds: 120, highSeconds: 180)) == "about 2–3 min")
        #expect(Formatting.wait(.range(lowSeconds: 10, highSeconds: 40)) == "under a minute")
        #expect(Formatting.wait(.range(lowSeconds: 60, highSeconds: 60)) == "about 1 min")
    }

    @Test func concertListRefreshesEveryFiveSeconds() {
        var state = Fixture.onConcerts()
        #expect(state.nextRefreshAt == Fixture.at(seconds: 5))
        #expect(reduce(&state, .clockTicked(Fixture.at(seconds: 5))) == [.loadConcerts(Fixture.token)])
    }
}
