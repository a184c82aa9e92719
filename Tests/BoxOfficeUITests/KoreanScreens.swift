import Testing
@testable import BoxOfficeUI

/// The golden screens again with a Korean client: the same walk, every screen, laid out for
/// wide characters.
enum KoreanScreens {
    static let sizes = [(80, 24), (200, 60)]

    /// Every golden state, made by a Korean client.
    static func states(width: Int, height: Int) -> [(String, AppState)] {
        Fixture.$language.withValue(.korean) { GoldenTests.states(width: width, height: height) }
    }
}

@Suite("Korean screens")
struct KoreanScreenTests {
    /// Every row is exactly as wide as the terminal, and the second half of a wide character
    /// always follows its first half: nothing overflows and no syllable is cut.
    @Test(arguments: KoreanScreens.sizes.map { "\($0.0)x\($0.1)" })
    func rowsFitAndNoSyllableIsCut(size: String) {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        for (name, state) in KoreanScreens.states(width: parts[0], height: parts[1]) {
            let screen = render(state, width: state.width, height: state.height)
            for y in 0..<screen.height {
                #expect(TerminalColumns.width(of: screen.lines[y]) == screen.width, "\(name) row \(y)")
                for x in 0..<screen.width where screen[x, y].isContinuation {
                    #expect(x > 0 && TerminalColumns.width(of: screen[x - 1, y].text) == 2, "\(name) row \(y) column \(x)")
                }
            }
        }
    }

    @Test func tooSmallGolden() {
        let state = Fixture.$language.withValue(.korean) { Fixture.onConcerts(width: 40, height: 10) }
        Golden.check(render(state, width: 40, height: 10), named: "too-small-ko-40x10")
    }

    /// The footer keeps the help hint at its right end in Korean at 80 columns, and says
    /// nothing in English.
    @Test func footersFitAtEightyColumns() {
        for (name, state) in KoreanScreens.states(width: 80, height: 24) where state.overlay == nil && !state.isTooSmall {
            let footer = render(state, width: 80, height: 24).lines[23]
            #expect(footer.hasSuffix("? 도움말 "), "\(name): \(footer)")
            let words = footer.split(separator: " ").map(String.init)
            let english = words.filter { $0.count >= 3 && $0.allSatisfy { $0.isASCII && $0.isLetter } }
            #expect(Set(english).isSubset(of: ["Enter", "Space"]), "\(name): \(footer)")
        }
    }

    /// Korean screens carry no English sentence: each row's runs of English words are only
    /// names from the catalog fixture, key names and units.
    @Test func koreanScreensAreInKorean() {
        let allowed: Set<String> = [
            "boxoffice", "The Midnight Strings", "Winter Tour", "Seoul Arts Center Concert Hall", "Enter", "Space", "KSPO DOME",
            "Stadium Night", "World Tour", "PgUp PgDn", "Tab",
            "HEREH", "PgUp", "PgDn", "Home", "End", "Esc", "KST", "VIP", "QA", "Paid", "pts", "for", "seats", "payment", "balance",
        ]
        for (name, state) in KoreanScreens.states(width: 80, height: 24) where state.inspector == nil {
            for line in render(state, width: 80, height: 24).lines {
                for match in line.matches(of: /[A-Za-z]{3,}(?: [A-Za-z]{3,})*/) {
                    let words = String(match.output)
                    #expect(allowed.contains { $0.contains(words) },
                            "\(name): '\(words)' in \(line)")
                }
            }
        }
    }
}
