import BookingEngine
import Testing
@testable import BoxOfficeUI

/// What is wrong in a catalog file, with a policy or with the database reaches a Korean
/// reader in Korean throughout, from the problem's case and values; the English words are
/// the engine's own sentence, unchanged.
@Suite("Catalog, policy and storage problems in both languages")
struct KoreanProblemTests {
    static let catalogProblems: [CatalogProblem] = [
        .fileUnreadable(file: "tour.yaml"), .fileTooLarge(file: "tour.yaml"), .notUTF8(file: "tour.yaml"), .demoCatalogMissing,
        .empty, .notYAML, .yamlUnreadable(column: 12, detail: "mapping values are not allowed in this context"),
        .yamlUnreadable(column: nil, detail: "odd"), .textUnreadable(detail: "invalid byte"), .keysWrittenTwice(keys: ["zone"]),
        .controlCharacter(column: 3, code: "U+001B"), .oldFormat,
        .notAnEntry(.venue, keys: ["name", "zone"]), .keyNotAWord(.section), .unknownKey(.section, key: "colour", expected: ["name", "grade"]),
        .missingKey(.catalog, key: "concerts"), .notAList(.concertDates), .tooManyEntries(.venues, count: 101, limit: 100),
        .notText(.concertTitle), .textLength(.sectionName, range: 1...8), .notAWholeNumber(.price, written: "ten", range: 1...10),
        .notAWholeNumber(.rowLength, written: nil, range: 1...500), .unknownZone("Seoul"),
        .venueDeclaredTwice(venue: "Y", firstLine: 2), .sectionDeclaredTwice(section: "A", venue: "Y", firstLine: 5),
        .sectionsOverlap(section: "B", other: "A", otherLine: 5), .sectionOverlapsStage(section: "A"), .noSections(venue: "Y"),
        .tooManySeats(venue: "Y", seats: 60_200, limit: 60_000), .sectionNameNotOneWord, .rowLabels,
        .rowsShape(maxRows: 200, maxSeats: 500), .noRows, .boxShape(.stage), .noConcerts,
        .unknownVenue(venue: "Z", declared: []), .unknownVenue(venue: "Z", declared: ["Y"]), .noDates(concert: "X"),
        .performanceAlreadyThere(loadedBefore: false), .performanceAlreadyThere(loadedBefore: true), .timeShape("tomorrow"),
        .notAClockTime("25:00"), .notADayCount("+x d", limit: 3650), .dayCountWithOffset(zone: "Asia/Seoul", offset: "+09:00"),
        .notADate("2026-02-30"), .notAnOffset("Seoul"), .wrongOffset(zone: "Asia/Seoul", actual: "+09:00", written: "+08:00"),
        .skippedTime(time: "02:30", day: "2027-03-14", zone: "America/New_York"),
        .repeatedTime(time: "01:30", day: "2026-11-01", zone: "America/New_York", offsets: ["-04:00", "-05:00"]),
        .soldEntryShape, .noSuchSection(venue: "Y", section: "B"), .noSuchRow(section: "A", row: "2"), .notASeatList("6", seats: 5),
    ]

    static let storageProblems: [StorageProblem] = [
        .busy(file: "/tmp/x.sqlite", seconds: 5), .readOnly(file: "/tmp/x.sqlite"), .readOnlyFolder(file: "/tmp/x.sqlite"),
        .diskFull(file: "/tmp/x.sqlite"), .cannotOpen(file: "/tmp/x.sqlite"), .cannotOpenBecause(file: "/tmp/x.sqlite", reason: "Permission denied"),
        .cannotLock(file: "/tmp/x.sqlite", reason: "Permission denied"), .cannotCreate(file: "/tmp/x.sqlite", reason: "Permission denied"),
        .cannotCreateFolder(folder: "/tmp/a", reason: "Permission denied"), .unreadable(file: "/tmp/x.sqlite"),
        .ioFailed(file: "/tmp/x.sqlite", detail: "disk I/O error"), .refusedBySafetyRule(rule: "CHECK constraint failed"),
        .oldDevelopmentDatabase(file: "/tmp/x.sqlite"), .notBoxOfficeOrDamaged(file: "/tmp/x.sqlite"), .otherProgram(file: "/tmp/x.sqlite"),
        .otherProgramUntouched(file: "/tmp/x.sqlite"), .notSQLite(file: "/tmp/x.sqlite"), .newerVersion(file: "/tmp/x.sqlite"), .emptyPath,
        .isFolder(file: "/tmp"), .noDatabase(file: "/tmp/x.sqlite"), .noFolder(folder: "/tmp/a", file: "/tmp/a/x.sqlite"),
        .folderIsFile(folder: "/tmp/a"), .said("database is locked"),
    ]

    static let policyProblems: [PolicyProblem] = [
        .capacityOutOfRange(limit: 100_000), .holdLimitOutOfRange(limit: 100), .topUpOutOfRange,
        .balanceCeilingOutOfRange(limit: 10_000_000), .timingOutOfRange(.admitEvery), .timingOutOfRange(.tokenSweepEvery),
        .timingOutOfRange(.holdFor), .timingOutOfRange(.sweepEvery), .timingOutOfRange(.activeTTL), .timingOutOfRange(.waitingTTL),
    ]

    /// English words that would show an untranslated sentence inside Korean.
    static let englishWords = [" the ", " is ", " must ", " not ", "cannot", " has ", " no ", " or ", "check", "pick", "try again"]

    /// Hangul, no placeholder left, and no English outside quotes (a library's own words stay quoted).
    static func isKoreanThroughout(_ text: String) -> Bool {
        let unquoted = text.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }
            .map(\.element).joined(separator: " ").lowercased()
        return text.contains { ("가"..."힣").contains($0) } && !text.contains("{") && !englishWords.contains { unquoted.contains($0) }
    }

    @Test(arguments: catalogProblems)
    func everyCatalogProblemIsWordedInBothLanguages(problem: CatalogProblem) {
        let error = BookingError.invalidCatalog(line: 4, problem: problem)
        #expect(Language.english.message(for: error) == error.message)
        #expect(Language.english.message(for: .invalidCatalog(line: 0, problem: problem)) == "Catalog: \(problem.english).")
        let korean = Language.korean.message(for: error)
        #expect(korean.hasPrefix("카탈로그 4번째 줄: "), "\(korean)")
        #expect(Self.isKoreanThroughout(korean), "\(korean)")
    }

    @Test func aKoreanCatalogErrorSaysWhatToFixInKorean() {
        let korean = Language.korean
        #expect(korean.message(for: .invalidCatalog(line: 1, problem: .missingKey(.catalog, key: "concerts")))
            == "카탈로그 1번째 줄: 카탈로그에 \"concerts:\" 줄이 있어야 합니다.")
        #expect(korean.message(for: .invalidCatalog(line: 7, problem: .notAWholeNumber(.price, written: "ten", range: 1...10_000_000)))
            == "카탈로그 7번째 줄: 가격(price)에는 1부터 10000000까지의 정수를 써야 합니다(쓴 값: \"ten\").")
        #expect(korean.message(for: .invalidCatalog(line: 0, problem: .fileUnreadable(file: "tour.yaml")))
            == "카탈로그: tour.yaml 파일을 읽을 수 없습니다. 경로를 확인하십시오.")
        #expect(korean.sentence(for: .repeatedTime(time: "01:30", day: "2026-11-01", zone: "America/New_York", offsets: ["-04:00", "-05:00"]))
            .hasSuffix("오프셋을 붙이십시오: -04:00 또는 -05:00"))
    }

    @Test func aCatalogTheParserRefusesIsKoreanThroughout() {
        let text = "venues:\n  - name: Y\n    zone: Asia/Seoul\n    sections: []\nconcerts: []\n"
        #expect(throws: BookingError.self) { try CatalogParser.parse(text) }
        do {
            _ = try CatalogParser.parse(text)
        } catch {
            let korean = Language.korean.message(for: error)
            #expect(korean == "카탈로그 2번째 줄: Y 공연장에 구역이 없습니다.", "\(korean)")
        }
    }

    @Test(arguments: storageProblems)
    func everyStorageProblemIsWordedInBothLanguages(problem: StorageProblem) {
        let error = BookingError.storageFailure(problem)
        #expect(Language.english.message(for: error) == error.message)
        let korean = Language.korean.message(for: error)
        #expect(Self.isKoreanThroughout(korean), "\(korean)")
    }

    @Test func aLibrarysWordsStayQuotedInsideAKoreanSentence() {
        #expect(Language.korean.message(for: .storageFailure(.said("database is locked")))
            == "예매 데이터베이스를 쓸 수 없습니다(원인: \"database is locked\"). 다시 시도하고, 계속되면 이 메시지를 운영자에게 알리십시오.")
        #expect(Language.korean.message(for: .storageFailure(.noDatabase(file: "/tmp/x.sqlite")))
            == "예매 데이터베이스를 쓸 수 없습니다: /tmp/x.sqlite 경로에 데이터베이스가 없습니다. "
                + "경로를 확인하거나 `boxoffice new --db /tmp/x.sqlite`로 새로 만드십시오.")
    }

    @Test(arguments: policyProblems)
    func everyPolicyProblemIsWordedInBothLanguages(problem: PolicyProblem) {
        #expect(Language.english.phrase(for: problem) == problem.english)
        let korean = Language.korean.message(for: .invalidRequest(.policyUnusable(problem: problem)))
        #expect(Self.isKoreanThroughout(korean), "\(korean)")
        let setting = Language.korean.message(for: .invalidRequest(.policySettingUnusable(setting: .holdFor, value: 0, problem: problem)))
        #expect(Self.isKoreanThroughout(setting), "\(setting)")
    }

    @Test func aConfigurationsProblemsAreKorean() {
        var policy = EngineConfiguration()
        policy.holdDuration = .zero
        #expect(policy.problems.map { Language.korean.phrase(for: $0) } == ["선점 유지 시간의 값은 100ms에서 24h 사이여야 합니다"])
        #expect(policy.problems.map(\.english) == ["the hold duration must be between 100ms and 24h"])
    }
}
