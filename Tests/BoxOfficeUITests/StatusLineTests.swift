import BookingEngine
import Testing
@testable import BoxOfficeUI

/// Status-line messages last a few seconds and stay on the screen they were said on.
@Suite struct StatusLineTests {
    @Test func aMessageGoesAfterItsLifetimeAndTheLoopWakesForIt() {
        var state = Fixture.onConcerts()
        #expect(state.status?.text.contains("You're in!") == true)
        #expect(state.nextWakeUp.map { $0 <= Fixture.at(seconds: 6) } == true)
        _ = reduce(&state, .clockTicked(Fixture.at(seconds: 5)))
        #expect(state.status != nil)
        _ = reduce(&state, .clockTicked(Fixture.at(seconds: 6)))
        #expect(state.status == nil)
        #expect(!render(state, width: 80, height: 24).lines[22].contains("You're in"))
    }

    @Test func errorsStayLongerThanNews() {
        #expect(StatusMessage.Kind.error.lifetime > StatusMessage.Kind.success.lifetime)
        #expect(StatusMessage.Kind.warning.lifetime > StatusMessage.Kind.info.lifetime)
    }

    @Test func aMessageDoesNotFollowTheBuyerToAnotherScreen() {
        var state = Fixture.onSeatGrid()
        _ = reduce(&state, .input(.key(.character("c"))))
        #expect(state.status?.text.contains("You hold no seats yet") == true)
        _ = reduce(&state, .input(.key(.character("b"))))
        #expect(state.screen == .bookings)
        #expect(state.status == nil)
    }

    @Test func aMessageSaidWhileMovingOnIsShownOnTheNewScreen() {
        let state = CheckoutReducerTests.atCheckout()
        #expect(state.screen == .checkout)
        #expect(state.status?.text == "Held F2 · row 3 · seats 5–6. Pay within 5:00.")
    }
}
