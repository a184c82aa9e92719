import BookingEngine
import Testing
@testable import BoxOfficeUI

/// The waiting room's estimate moves smoothly and never promises less than the time to the
/// next admission.
@Suite struct WaitSmoothingTests {
    static func waiting(_ low: Int64, _ high: Int64, at seconds: Int64) -> QueueStatus {
        Fixture.waiting(position: 12, estimate: .range(lowSeconds: low, highSeconds: high), at: Fixture.at(seconds: seconds))
    }

    static func shown(_ state: AppState) -> String {
        Formatting.wait(state.shownWait?.estimate ?? .unknown)
    }

    @Test func anEstimateThatJumpsAroundDoesNotJumpOnScreen() {
        var state = Fixture.started()
        _ = reduce(&state, .tokenIssued(Self.waiting(240, 420, at: 0)))
        #expect(Self.shown(state) == "about 4–7 min")
        _ = reduce(&state, .clockTicked(Fixture.at(seconds: 5)))
        _ = reduce(&state, .queueChecked(Self.waiting(10, 40, at: 5)))
        #expect(Self.shown(state) != "under a minute", "one fast batch does not collapse the estimate")
        _ = reduce(&state, .clockTicked(Fixture.at(seconds: 10)))
        _ = reduce(&state, .queueChecked(Self.waiting(240, 420, at: 10)))
        #expect(Self.shown(state).hasPrefix("about"))
    }

    @Test func theEstimateNeverPromisesLessThanTheNextAdmission() {
        var state = Fixture.started()
        _ = reduce(&state, .tokenIssued(Self.waiting(5, 15, at: 0)))
        _ = reduce(&state, .clockTicked(Fixture.at(seconds: 5)))
        _ = reduce(&state, .queueChecked(Self.waiting(5, 15, at: 5), nextAdmissionAt: Fixture.at(seconds: 125)))
        #expect((state.shownWait?.lowSeconds ?? 0) >= 120)
        #expect(Self.shown(state) == "about 2 min")
    }

    @Test func anUnknownRateKeepsTheLastEstimateCountingDown() {
        let first = WaitSmoothing.next(shown: nil, estimate: .range(lowSeconds: 120, highSeconds: 180),
                                       now: Fixture.start, nextAdmissionAt: nil)
        let later = WaitSmoothing.next(shown: first, estimate: .unknown, now: Fixture.at(seconds: 60), nextAdmissionAt: nil)
        #expect(later?.lowSeconds == 60 && later?.highSeconds == 120)
        #expect(WaitSmoothing.next(shown: nil, estimate: .unknown, now: Fixture.start, nextAdmissionAt: nil) == nil)
    }
}
