import Testing
@testable import BoxOfficeUI

/// Both catalogs have every key, with the same placeholders, and Korean is not English.
@Suite("String catalogs")
struct StringCatalogTests {
    /// Every key of every key set, as (set, key, English, Korean).
    static func entries() -> [(set: String, key: String, english: String, korean: String)] {
        func all<Key: CatalogKey>(_ type: Key.Type) -> [(set: String, key: String, english: String, korean: String)] {
            Key.allCases.map { ("\(type)", $0.rawValue, $0.english, $0.korean) }
        }
        return all(ScreenKey.self) + all(MessageKey.self) + all(ErrorKey.self) + all(KeyHelpKey.self) + all(InspectorKey.self)
            + all(CommandKey.self) + all(CommandHelpKey.self) + all(OptionHelpKey.self) + all(ReportKey.self) + all(ParserKey.self)
            + all(EventKey.self) + all(CatalogProblemKey.self) + all(StorageProblemKey.self)
    }

    /// Templates with English letters whose Korean has no Hangul on purpose: option names and
    /// the points unit (`P`).
    static let sameInBoth: Set<String> = [
        "userProblem", "namePrefixProblem", "footerTestPoints", "pointsAmount", "pointsUnknown", "pointsUnit",
    ]

    @Test func everyKeyHasAValueInBothLanguages() {
        for entry in Self.entries() {
            #expect(!entry.english.isEmpty, "\(entry.set).\(entry.key) has no English")
            #expect(!entry.korean.isEmpty, "\(entry.set).\(entry.key) has no Korean")
        }
    }

    @Test func placeholdersAreTheSameInBothLanguages() {
        for entry in Self.entries() {
            #expect(Language.placeholders(in: entry.english) == Language.placeholders(in: entry.korean),
                    "\(entry.set).\(entry.key): '\(entry.english)' and '\(entry.korean)'")
        }
    }

    @Test func placeholdersAreNumberedFromZeroWithoutGaps() {
        for entry in Self.entries() {
            let numbers = Language.placeholders(in: entry.english)
            #expect(numbers == Set(0..<numbers.count), "\(entry.set).\(entry.key)")
        }
    }

    @Test func koreanIsATranslation() {
        for entry in Self.entries() where entry.english.firstMatch(of: /[A-Za-z]{3,}/) != nil {
            guard !Self.sameInBoth.contains(entry.key) else { continue }
            #expect(entry.korean.contains { ("가"..."힣").contains($0) }, "\(entry.set).\(entry.key) is not Korean: \(entry.korean)")
        }
    }

    @Test func placeholdersFillInAnyOrder() {
        #expect(Language.fill("{1} 중 {0}", with: ["a", "b"]) == "b 중 a")
        #expect(Language.fill("{0} and {2}", with: ["a"]) == "a and {2}", "a missing argument shows")
        #expect(Language.fill("{x} {", with: []) == "{x} {")
        #expect(Language.korean.text(ScreenKey.positionOfWaiting, 12, 40) == "대기 40명 중 12번째")
    }
}
