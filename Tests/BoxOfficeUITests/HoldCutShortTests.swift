import BookingEngine
import Testing
@testable import BoxOfficeUI

/// A hold never outlives its buyer's shopping time (SPEC's "a hold ends when its buyer can
/// no longer pay"): the seat grid says so before the buyer holds.
@Suite struct HoldCutShortTests {
    @Test func theGridWarnsWhenAHoldWouldEndWithTheShoppingTime() {
        var state = Fixture.onSeatGrid()
        #expect(state.holdsCutShortAt == nil, "ten minutes of shopping time outlast a five-minute hold")
        #expect(!render(state, width: 80, height: 24).lines.joined().contains("A hold now lasts only"))
        _ = reduce(&state, .clockTicked(Fixture.at(seconds: 470)))
        #expect(state.holdsCutShortAt == Fixture.at(seconds: 600))
        let text = render(state, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("A hold now lasts only 2:10: your shopping time ends then."))
    }
}
