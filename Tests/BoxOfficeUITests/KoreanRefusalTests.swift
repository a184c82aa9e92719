import BookingEngine
import Testing
@testable import BoxOfficeUI

/// What the engine refuses, the parser prints and the reports say reaches a Korean reader in
/// Korean: from keys and figures, never from English sentences.
@Suite("Refusals and reports in Korean")
struct KoreanRefusalTests {
    static let problems: [RequestProblem] = [
        .noSeatsPicked, .seatPickedTwice, .performanceStarted, .noSeatsAskedFor, .tooManySeatsAskedFor(limit: 4), .noHoldsPicked,
        .holdListedTwice, .totalTooLarge, .clockBackward, .notQAMode, .clockTooFar, .notCreatedInQAMode,
        .catalogAlreadyThere(file: "tour.yaml"), .requestKeyInvalid, .auditUnsupported,
        .policySettingUnusable(setting: .activeLimit, value: 0, problem: .capacityOutOfRange(limit: 100_000)),
        .policyUnusable(problem: .timingOutOfRange(.holdFor)),
        .inspectorNeedsLocalDatabase, .requestNotWritten, .serverDidNotAnswer, .cancelled,
    ]

    static func isHangul(_ character: Character) -> Bool { ("가"..."힣").contains(character) }

    @Test func everyRefusedRequestHasAKoreanSentence() {
        for problem in Self.problems {
            let korean = Language.korean.message(for: .invalidRequest(problem))
            #expect(korean.contains(where: Self.isHangul), "\(problem.key): \(korean)")
            #expect(!korean.contains(problem.english), "\(problem.key) is the English sentence")
            if case .policySettingUnusable = problem { continue }
            #expect(Language.english.message(for: .invalidRequest(problem)) == problem.english + ".")
        }
        #expect(Language.korean.message(for: .invalidRequest(.noSeatsPicked)) == "선점할 좌석을 하나 이상 고르십시오.")
        #expect(Language.korean.message(for: .invalidRequest(.tooManySeatsAskedFor(limit: 4))).contains("4석까지"))
    }

    @Test func aRefusalShowsInTheStatusLineInKorean() {
        var state = Fixture.$language.withValue(.korean) { Fixture.onSeatGrid() }
        _ = Fixture.press([.character(" "), .enter], &state)
        _ = reduce(&state, .engineFailed(.holding, .invalidRequest(.seatPickedTwice)))
        #expect(state.status?.text.hasPrefix("같은 좌석을 두 번 골랐습니다.") == true, "\(String(describing: state.status))")
        #expect(render(state, width: 80, height: 24).lines[22].contains("같은 좌석을 두 번 골랐습니다."))
    }

    @Test func parserMessagesAreRecognisedAndRefilled() {
        let korean = Language.korean
        #expect(korean.parserMessage("Unknown option '--x'. Did you mean '--y'?") == "알 수 없는 옵션입니다: '--x' (혹시 '--y'?)")
        #expect(korean.parserMessage("Unknown option '--x'") == "알 수 없는 옵션입니다: '--x'")
        #expect(korean.parserMessage("The value 'q' is invalid for '--buyers <n>'") == "'--buyers <n>'에 쓸 수 없는 값입니다: 'q'")
        #expect(korean.parserMessage("The value 'q' is invalid for '--for <d>': 기간이 아닙니다")
            == "'--for <d>'에 쓸 수 없는 값입니다: 'q': 기간이 아닙니다")
        #expect(korean.parserMessage("2 unexpected arguments: 'a', 'b'") == "예상하지 못한 인수 2개: 'a', 'b'")
        #expect(korean.parserMessage("이미 한국어입니다.") == "이미 한국어입니다.", "our own refusals pass through")
        #expect(Language.english.parserMessage("Unknown option '--x'") == "Unknown option '--x'")
    }

    @Test func helpIsLaidOutInColumns() {
        let parser = """
            OVERVIEW: 짧은 설명.

            USAGE: boxoffice demo <subcommand>

            OPTIONS:
              --buyers <n>            아주 긴 한국어 설명이 여기에 들어가서 한 줄에 다 들어가지 않으므로 여러 줄로 나뉘어야 합니다. (default: 300)
              -h, --help              Show help information.

            SUBCOMMANDS:
              open (default)          엽니다.

              See 'boxoffice help <subcommand>' for detailed help.
            """
        let help = ParserText.help(parser, in: .korean, width: 60)
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { TerminalColumns.width(of: $0) <= 60 }, "\(help)")
        #expect(lines.contains("사용법: boxoffice demo <하위-명령>"))
        #expect(lines.contains("  -h, --help              도움말을 보여 줍니다."))
        #expect(lines.contains("  open (기본)             엽니다."))
        #expect(help.contains("(기본값: 300)") && !help.contains("default"))
        let continued = lines.first { $0.hasPrefix("                          ") }
        #expect(continued != nil, "a wrapped abstract continues in its column: \(help)")
        #expect(ParserText.help(parser, in: .english, width: 60) == parser)
    }

    @Test func reportsAreKorean() {
        let violation = AuditViolation(invariant: .overCapacity, count: 31, capacity: 30)
        #expect(Language.korean.sentence(for: violation) == "수용 인원 30명에 예매 중 토큰 31개")
        #expect(Language.english.sentence(for: violation) == violation.english)
        for invariant in AuditViolation.Invariant.allCases {
            let sentence = AuditViolation(invariant: invariant, count: 2, capacity: 1)
            #expect(Language.english.sentence(for: sentence) == sentence.english, "\(invariant)")
        }
    }
}
