import Testing
@testable import BoxOfficeUI

@Suite("Choosing the language")
struct LanguageChoiceTests {
    @Test(arguments: ["ko", "ko_KR", "ko_KR.UTF-8", "ko_KR.utf8", "ko_KR.UTF-8@calendar", "KO"])
    func koreanLocales(_ value: String) {
        #expect(Language.fromEnvironment(["LANG": value]) == .korean)
    }

    @Test(arguments: ["C", "POSIX", "C.UTF-8", "en_US.UTF-8", "kok_IN", "", "ja_JP.UTF-8"])
    func everythingElseIsEnglish(_ value: String) {
        #expect(Language.fromEnvironment(["LANG": value]) == .english)
    }

    @Test func posixOrderDecides() {
        #expect(Language.fromEnvironment(["LC_ALL": "C", "LC_MESSAGES": "ko_KR.UTF-8", "LANG": "ko"]) == .english)
        #expect(Language.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "ko_KR.UTF-8", "LANG": "C"]) == .korean)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "", "LANG": "ko_KR.UTF-8"]) == .korean)
        #expect(Language.fromEnvironment(["LC_CTYPE": "ko_KR.UTF-8"]) == .english, "LC_CTYPE names characters, not words")
        #expect(Language.fromEnvironment([:]) == .english)
    }

    @Test func theFlagWinsOverTheEnvironment() throws {
        #expect(try Language.choose(flag: "ko", environment: ["LANG": "C"]) == .korean)
        #expect(try Language.choose(flag: "en", environment: ["LC_ALL": "ko_KR.UTF-8"]) == .english)
        #expect(try Language.choose(flag: nil, environment: ["LANG": "ko_KR.UTF-8"]) == .korean)
    }

    @Test func anUnknownFlagListsTheChoices() {
        #expect(throws: UnknownLanguage(value: "fr", explainedIn: .english)) {
            try Language.choose(flag: "fr", environment: [:])
        }
        let refusal = UnknownLanguage(value: "fr", explainedIn: .korean)
        #expect(refusal.description.contains("en, ko") && refusal.description.contains("'fr'"), "\(refusal)")
    }

    @Test func theStateCarriesTheLanguageAndRenderingFollowsIt() {
        let korean = Fixture.$language.withValue(.korean) { Fixture.onConcerts() }
        #expect(korean.language == .korean)
        #expect(render(korean, width: 80, height: 24).lines[1].contains("공연 목록"))
        #expect(render(Fixture.onConcerts(), width: 80, height: 24).lines[1].contains("Concerts"))
    }
}
