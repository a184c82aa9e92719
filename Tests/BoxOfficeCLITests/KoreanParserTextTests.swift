import Foundation
import Testing

/// Under Korean, swift-argument-parser's own words are Korean too: help headings, the
/// standard flags, usage errors, and lines fit the terminal in columns.
@Suite("Parser text in Korean")
struct KoreanParserTextTests {
    static let korean = ["LANG": "ko_KR.UTF-8", "COLUMNS": "80"]
    static let parserEnglish = [
        "OVERVIEW", "USAGE", "OPTIONS", "SUBCOMMANDS", "ARGUMENTS", "Show help information", "Show the version",
        "(default", "See '", "Error:", "Usage:", "Help:", "<subcommand>",
    ]

    /// Terminal columns of `line`: Hangul takes two.
    static func columns(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { $0 + ((0xAC00...0xD7A3).contains($1.value) ? 2 : 1) }
    }

    static func expectKorean(_ text: String, _ what: String) {
        for word in parserEnglish {
            #expect(!text.contains(word), "\(what) still says \(word): \(text)")
        }
        for line in text.split(separator: "\n") where !line.contains("://") {
            #expect(columns(line) <= 80, "\(what) has a line over 80 columns: \(line)")
        }
    }

    @Test func everyHelpIsKorean() throws {
        let cli = try CommandRunner()
        for command in [[], ["open"], ["config", "set"], ["points"], ["chaos"], ["crowd"], ["serve"]] {
            let result = try cli.run(command + ["--help"], environment: Self.korean)
            #expect(result.status == 0)
            #expect(result.output.contains("사용법: boxoffice") && result.output.contains("옵션:"), "\(result.output)")
            Self.expectKorean(result.output, "\(command) --help")
        }
        let root = try cli.run(["--lang", "ko", "--help"]).output
        #expect(root.contains("하위 명령:") && root.contains("open (기본)") && root.contains("-h, --help              도움말을 보여 줍니다."))
        #expect(try cli.run(["help", "status"], environment: Self.korean).output.hasPrefix("개요: "))
    }

    @Test func usageErrorsAreKorean() throws {
        let cli = try CommandRunner()
        let cases: [([String], String)] = [
            (["status", "--bogus"], "알 수 없는 옵션입니다: '--bogus'"),
            (["status", "--db"], "값이 빠졌습니다: '--db <path-or-url>'"),
            (["status", "extra"], "예상하지 못한 인수입니다: 'extra'"),
            (["config", "set"], "필요한 인수가 빠졌습니다: '<setting>'"),
            (["new", "--qa=yes"], "'--qa' 옵션은 값을 받지 않습니다 (입력: 'yes')."),
            (["points", "charge", "--user", "kim", "--amount", "5", "--amount"], "값이 빠졌습니다: '--amount <n>'"),
        ]
        for (arguments, message) in cases {
            let result = try cli.run(arguments, environment: Self.korean)
            #expect(result.status == 64)
            #expect(result.errors.hasPrefix("오류: " + message), "\(arguments): \(result.errors)")
            #expect(result.errors.contains("사용법: boxoffice") && result.errors.contains("자세한 내용: 'boxoffice "), "\(result.errors)")
            Self.expectKorean(result.errors, "\(arguments)")
        }
    }

    @Test func englishIsTheParsersOwn() throws {
        let cli = try CommandRunner()
        let help = try cli.run(["--help"]).output
        #expect(help.contains("USAGE: boxoffice <subcommand>") && help.contains("-h, --help              Show help information."))
        let refused = try cli.run(["status", "--bogus"])
        #expect(refused.errors.hasPrefix("Error: Unknown option '--bogus'") && refused.errors.contains("See 'boxoffice status --help'"))
        #expect(try cli.run(["--lang", "ko", "--version"]).output == cli.run(["--version"]).output, "the version is a name and a number")
    }
}
