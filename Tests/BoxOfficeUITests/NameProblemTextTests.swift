import BookingEngine
import Testing
@testable import BoxOfficeUI

/// A refused name is explained in the reader's language, from the engine's key: the sign-up
/// screen and `--user` in Korean say what is wrong in Korean.
@Suite("Refused names in both languages")
struct NameProblemTextTests {
    static let problems: [NameProblem] = [
        .empty, .tooLong(limit: 32), .tooManyMarks, .edgeSpace, .reserved, .character("'#'"), .invisibleCharacter,
    ]

    @Test func everyProblemHasAKoreanPhraseAndTheEnglishOneIsTheEngines() {
        for problem in Self.problems {
            let korean = Language.korean.message(for: .invalidUserName(problem))
            #expect(korean.hasPrefix("이 이름은 쓸 수 없습니다: "), "\(korean)")
            #expect(!korean.contains(problem.english) && !korean.contains("{"), "\(problem.key): \(korean)")
            #expect(Language.english.message(for: .invalidUserName(problem)) == BookingError.invalidUserName(problem).message)
        }
        #expect(Language.korean.message(for: .invalidUserName(.character("'#'"))).contains("'#' 문자가 들어 있습니다"))
        #expect(Language.korean.message(for: .invalidUserName(.tooLong(limit: 32))).contains("32자보다"))
    }

    @Test func theEngineNamesTheProblem() {
        let cases: [(String, NameProblem)] = [
            ("", .empty), (String(repeating: "가", count: 33), .tooLong(limit: 32)), (" ana", .edgeSpace), ("@box", .reserved),
            ("a#b", .character("'#'")), ("a\u{200B}b", .invisibleCharacter),
        ]
        for (name, problem) in cases {
            #expect(throws: BookingError.invalidUserName(problem)) { try BuyerName.validate(name) }
        }
    }
}
