import BookingEngine
import BoxOfficeAPI
import Testing

/// An `INVALID_REQUEST` keeps its code and English message for HTTP clients and carries its
/// problem's key, so that a remote client words it in its own language.
@Suite("Refused requests over HTTP")
struct RequestProblemBodyTests {
    @Test func theProblemTravelsAsItsKey() {
        for problem: RequestProblem in [.noSeatsPicked, .tooManySeatsAskedFor(limit: 4), .performanceStarted, .requestKeyInvalid] {
            let body = ErrorBody(.invalidRequest(problem))
            #expect(body.error.code == "INVALID_REQUEST")
            #expect(body.error.message == problem.english + ".")
            #expect(body.error.reason == problem.key)
            #expect(body.engineValue == .invalidRequest(problem))
        }
    }

    @Test func aServerSentenceWithoutAKeyIsShownAsSaid() {
        let body = ErrorBody(code: "INVALID_REQUEST", message: "The body is not the JSON this endpoint takes.")
        #expect(body.engineValue == .invalidRequest(.said("The body is not the JSON this endpoint takes")))
        #expect(ErrorBody(.invalidRequest(.said("x"))).error.reason == nil)
    }

    @Test func aRefusedNameTravelsAsItsKey() {
        for problem: NameProblem in [.empty, .tooLong(limit: 32), .character("'#'"), .invisibleCharacter, .reserved] {
            let body = ErrorBody(.invalidUserName(problem))
            #expect(body.error.code == "INVALID_USER_NAME")
            #expect(body.error.message == "That user name cannot be used: \(problem.english).")
            #expect(body.error.reason == problem.key)
            #expect(body.engineValue == .invalidUserName(problem))
        }
        let older = ErrorBody(code: "INVALID_USER_NAME", message: "That user name cannot be used: it is odd.")
        #expect(older.engineValue == .invalidUserName(.said("That user name cannot be used: it is odd")))
        #expect(older.engineValue.message == older.error.message)
    }
}
