import Foundation
import Testing

/// The commands speak the language `--lang` or the locale chooses; `--json` stays neutral.
@Suite("Commands in Korean")
struct LanguageCommandTests {
    struct ErrorReport: Decodable {
        struct Details: Decodable {
            let code: String
            let message: String
        }

        let error: Details
    }

    @Test func theLocaleChoosesKorean() throws {
        let cli = try CommandRunner()
        let missing = cli.database("missing.sqlite")
        let result = try cli.run(["status", "--db", missing], environment: ["LANG": "ko_KR.UTF-8"])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("오류: ") && result.errors.contains("데이터베이스가 없습니다"), "\(result.errors)")
    }

    @Test func theFlagOverridesTheLocale() throws {
        let cli = try CommandRunner()
        let path = try cli.newDatabase()
        let korean = try cli.run(["points", "balance", "--db", path, "--user", "nobody", "--lang", "ko"], environment: ["LANG": "C"])
        #expect(korean.errors.contains("구매자가 없습니다"), "\(korean.errors)")
        let english = try cli.run(["--lang=en", "status", "--db", path], environment: ["LC_ALL": "ko_KR.UTF-8"])
        #expect(english.output.contains("Upcoming performances"), "\(english.output)")
        let posix = try cli.run(["status", "--db", path], environment: ["LC_ALL": "C", "LANG": "ko_KR.UTF-8"])
        #expect(posix.output.contains("Upcoming performances"), "LC_ALL comes first")
    }

    @Test func resultsAndHelpAreKorean() throws {
        let cli = try CommandRunner()
        let path = try cli.newDatabase()
        let korean = ["LANG": "ko_KR.UTF-8"]
        #expect(try cli.run(["status", "--db", path], environment: korean).output.contains("예정된 회차"))
        let charged = try cli.run(["points", "charge", "--db", path, "--user", "민지", "--amount", "5000"], environment: korean)
        #expect(charged.output == "민지님의 포인트는 5,000포인트입니다.\n", "\(charged.output)")
        let help = try cli.run(["--help"], environment: korean).output
        #expect(help.contains("터미널에서 공연 좌석을 예매합니다") && help.contains("사용법:"), "\(help)")
        let options = try cli.run(["open", "--help"], environment: korean).output
        #expect(options.contains("동시에 예매할 수 있는 구매자 수 (기본 30)."), "\(options)")
        #expect(!options.contains("How many buyers may shop at once"), "\(options)")
        let refused = try cli.run(["chaos", "--db", path, "--processes", "99"], environment: korean)
        #expect(refused.errors.contains("--processes 값은 1에서 64 사이여야 합니다 (입력: 99)."), "\(refused.errors)")
    }

    @Test func spansAreWrittenInTheLanguage() throws {
        let cli = try CommandRunner()
        let path = try cli.newDatabase("qa.sqlite", "--qa")
        #expect(try cli.run("tick", "--db", path, "--advance", "7m").status == 0)
        let status = try cli.run(["status", "--db", path], environment: ["LANG": "ko_KR.UTF-8"]).output
        #expect(status.contains("7분") && !status.contains("7 min"), "\(status)")
    }

    @Test func theCrowdReportsInKorean() throws {
        let cli = try CommandRunner()
        let path = try cli.newDatabase()
        let crowd = try cli.run(["crowd", "--db", path, "--buyers", "2", "--duration", "1s"], environment: ["LANG": "ko_KR.UTF-8"])
        #expect(crowd.status == 0)
        #expect(crowd.output.hasPrefix("가상 관객: 구매자 2명") && crowd.output.contains("  결제 "), "\(crowd.output)")
        for english in ["crowd:", "engine calls", "joined", "holds", "payments", "refused calls"] {
            #expect(!crowd.output.contains(english), "\(crowd.output)")
        }
        let audit = try cli.run(["audit", "--db", path], environment: ["LANG": "ko_KR.UTF-8"])
        #expect(audit.output.contains(where: { ("가"..."힣").contains($0) }), "\(audit.output)")
    }

    @Test func jsonStaysLanguageNeutral() throws {
        let cli = try CommandRunner()
        let result = try cli.run(["status", "--db", cli.database("missing.sqlite"), "--json"], environment: ["LANG": "ko_KR.UTF-8"])
        let report = try JSONDecoder().decode(ErrorReport.self, from: Data(result.errors.utf8))
        #expect(report.error.code == "NO_DATABASE")
        #expect(report.error.message.hasPrefix("No database at"))
    }

    @Test func anUnknownLanguageIsRefusedWithTheChoices() throws {
        let cli = try CommandRunner()
        let result = try cli.run(["--lang", "fr", "status"])
        #expect(result.status == 64)
        #expect(result.errors.contains("--lang takes one of en, ko (got 'fr')"), "\(result.errors)")
    }
}
