import BookingEngine
import Testing
@testable import BoxOfficeUI

@Suite("Points form")
struct PointsReducerTests {
    static func onPoints(balance: Int64 = 300_000) -> AppState {
        var state = Fixture.onConcerts()
        _ = reduce(&state, .balanceLoaded(balance))
        _ = reduce(&state, .input(.key(.character("p"))))
        return state
    }

    @Test func validatesAsYouType() {
        var state = Self.onPoints()
        #expect(state.amountValidation == .empty)
        _ = Fixture.type("0", &state)
        #expect(state.amountValidation == .invalid("At least 1 point"))
        _ = Fixture.type("5", &state)
        #expect(state.amountText == "5", "a leading zero is replaced")
        _ = Fixture.type("0000000", &state)
        #expect(state.amountValidation == .invalid("At most 1,000,000 per top-up"))
        _ = Fixture.press([.backspace, .backspace, .delete], &state)
        #expect(state.amountValidation == .valid(500_000), "Delete at the end of the field takes nothing")
        _ = Fixture.press([.left, .delete], &state)
        #expect(state.amountValidation == .valid(50_000))
    }

    @Test func nonDigitsAreRefusedNextToTheField() {
        var state = Self.onPoints()
        _ = Fixture.type("12", &state)
        _ = Fixture.type("z", &state)
        #expect(state.amountText == "12")
        #expect(state.amountKeyError == "Digits only")
        #expect(render(state, width: 80, height: 24).lines.contains { $0.contains("[") && $0.contains("✗ Digits only") })
        _ = Fixture.type("3", &state)
        #expect(state.amountKeyError == nil)
    }

    @Test func theCeilingLimitsTheAmount() {
        var state = Self.onPoints(balance: 9_500_000)
        _ = Fixture.type("600000", &state)
        #expect(state.amountValidation == .invalid("Max 500,000 more (limit 10,000,000)"))
        #expect(reduce(&state, .input(.key(.enter))).isEmpty)
        #expect(state.status?.kind == .error)
    }

    @Test func enterChargesAValidAmountAndClearsTheField() {
        var state = Self.onPoints()
        _ = Fixture.type("25000", &state)
        #expect(reduce(&state, .input(.key(.enter))) == [.charge(user: "민지", amount: 25_000, attempt: 1)])
        _ = reduce(&state, .pointsCharged(amount: 25_000, balance: 325_000))
        #expect(state.amountText.isEmpty)
        #expect(state.balance == 325_000)
        #expect(state.status?.text == "Added 25,000 points. Balance 325,000.")
    }

    @Test func invalidAmountFromTheEngineIsShown() {
        var state = Self.onPoints()
        _ = reduce(&state, .engineFailed(.charging, .invalidAmount(.overChargeLimit(limit: 1_000_000))))
        #expect(state.status == StatusMessage("One top-up can be at most 1,000,000 points.", kind: .error))
    }

    @Test func backReturnsToTheScreenItWasOpenedFrom() {
        var state = Self.onPoints()
        #expect(state.screen == .points)
        _ = reduce(&state, .input(.key(.escape)))
        #expect(state.screen == .concerts)
    }
}
