import Testing
@testable import BoxOfficeUI

@Suite("Sign-up screen")
struct SignUpTests {
    @Test func typingEditsTheNameAndEnterAsksForIt() {
        var state = SignUpState(server: "http://box:8080", suggestedName: "ana", width: 80, height: 24)
        for key: Key in [.backspace, .backspace, .character("n"), .character("이")] { _ = reduceSignUp(&state, .input(.key(key))) }
        #expect(state.name == "an이")
        #expect(reduceSignUp(&state, .input(.key(.enter))) == "an이")
        #expect(state.sending)
        #expect(reduceSignUp(&state, .input(.key(.enter))) == nil, "one request at a time")
        _ = reduceSignUp(&state, .failed("The name an이 is taken. Pick another name."))
        #expect(!state.sending && state.problem == "The name an이 is taken. Pick another name.")
        #expect(renderSignUp(state).lines[22].contains("✗ The name an이 is taken."))
        _ = reduceSignUp(&state, .input(.key(.control("u"))))
        #expect(state.name.isEmpty && reduceSignUp(&state, .input(.key(.enter))) == nil)
        _ = reduceSignUp(&state, .signedUp(name: "an이", key: "bk_1"))
        #expect(state.signedUp?.key == "bk_1")
    }

    @Test func escapeGivesUpAndNamesStopAt32Characters() {
        var state = SignUpState(server: "http://box:8080", suggestedName: String(repeating: "x", count: 40), width: 80, height: 24)
        #expect(state.name.count == 32)
        _ = reduceSignUp(&state, .input(.key(.character("y"))))
        #expect(state.name.count == 32)
        #expect(renderSignUp(state).lines[8].contains("Your name   " + String(repeating: "x", count: 32)))
        _ = reduceSignUp(&state, .input(.key(.escape)))
        #expect(state.cancelled)
    }
}

