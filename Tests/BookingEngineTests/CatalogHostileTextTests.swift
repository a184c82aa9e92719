import BookingEngine
import Testing

/// Catalog text as a hostile or careless file brings it: numbers at the edges of their
/// types, control characters, CRLF line ends, and mistakes the messages must place exactly.
@Suite struct CatalogHostileTextTests {
    static func concert(date: String) -> String {
        "concert: X\nvenue: Y\ngrade: A 1-5 10\ndate: \(date)\n"
    }

    @Test(arguments: [
        "+-99999999999999d 19:00 +09:00", "--9223372036854775808d 19:00 +09:00", "-9223372036854775808d 19:00 +09:00",
        "+9223372036854775807d 19:00 +09:00", "-3651d 19:00 +09:00", "+3651d 19:00 +09:00", "+1d 19:00 +-9:00",
        "+1d 99999999999999999999:00 +09:00", "+1d 19:-1 +09:00", "+1d 19:00 +09:-30", "+1d +19:+0 +09:00",
        "99999999999999999999-01-01 19:00 +09:00", "2026-+1-01 19:00 +09:00", "2026-01--1 19:00 +09:00",
    ])
    func numbersPastTheirBoundsAreRefusedOnTheirLine(date: String) async throws {
        let result = await outcome { try CatalogParser.parse(Self.concert(date: date)) }
        guard case .failure(.invalidCatalog(let line, _)) = result else {
            Issue.record("expected invalidCatalog for \(date), got \(result)"); return
        }
        #expect(line == 4)
    }

    @Test func farDatesWithinTheBoundsResolve() throws {
        let document = try CatalogParser.parse(Self.concert(date: "-3650d 00:00 -14:00") + "date: +3650d 23:59 +14:00\n")
        let moments = document.concerts[0].dates.map { $0.when.resolved(loadedAt: Timestamp(milliseconds: 0)) }
        #expect(moments.count == 2 && moments[0] < moments[1])
    }

    @Test(arguments: [
        "grade: A 1-5,-3 10", "grade: A +1-5 10", "grade: A 1-99999999999999999999 10", "grade: A 1-5 99999999999999999999",
    ])
    func seatNumbersAndPricesPastTheirBoundsAreRefused(grade: String) async throws {
        let result = await outcome { try CatalogParser.parse("concert: X\n\(grade)\ndate: +1d 19:00 +09:00\n") }
        guard case .failure(.invalidCatalog(let line, _)) = result else {
            Issue.record("expected invalidCatalog for \(grade), got \(result)"); return
        }
        #expect(line == 2)
    }

    @Test(arguments: [
        ("concert: X\u{1B}]0;PWNED\u{07}\nvenue: Y\ngrade: A 1-5 10\ndate: +1d 19:00 +09:00", 1, "U+001B"),
        ("concert: X\u{0}hidden\nvenue: Y\ngrade: A 1-5 10\ndate: +1d 19:00 +09:00", 1, "U+0000"),
        ("concert: X\nvenue: \u{1B}[2J\ngrade: A 1-5 10\ndate: +1d 19:00 +09:00", 2, "U+001B"),
        ("concert: X\nvenue: Y\ngrade: A\u{9B}31m 1-5 10\ndate: +1d 19:00 +09:00", 3, "U+009B"),
        ("concert: X\nvenue: Y\ngrade: A 1-5 10\ndate: +1d 19:00 +09:00 \u{7F}", 4, "U+007F"),
    ] as [(String, Int, String)])
    func controlCharactersAreRefusedAndNamedWithoutBeingEchoed(text: String, line: Int, code: String) async throws {
        let result = await outcome { try CatalogParser.parse(text) }
        guard case .failure(.invalidCatalog(let reported, let problem)) = result else {
            Issue.record("expected invalidCatalog, got \(result)"); return
        }
        #expect(reported == line)
        #expect(problem.contains(code), "\(problem)")
        #expect(!problem.unicodeScalars.contains { $0.properties.generalCategory == .control }, "the message echoes a control character")
    }

    @Test func tabsStillSeparateFields() throws {
        let document = try CatalogParser.parse("concert: X\n\tgrade:\tA\t1-5\t10\n\tdate:\t+1d\t19:00\t+09:00\n")
        #expect(document.concerts[0].grades.first?.seats == [1, 2, 3, 4, 5])
    }

    @Test func crlfLineEndsLoadLikeLF() throws {
        let lf = "concert: X\nvenue: Y\ngrade: A 1-5 10\ngrade: B 6-8 5\ndate: +1d 19:00 +09:00 sold 2\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try CatalogParser.parse(crlf) == CatalogParser.parse(lf))
        #expect(try CatalogParser.parse(crlf).concerts[0].title == "X")
    }

    @Test func crlfErrorsNameTheLineWithoutACarriageReturn() async throws {
        let text = "concert: X\r\nvenue: Y\r\ncolour: red\r\n"
        let result = await outcome { try CatalogParser.parse(text) }
        guard case .failure(.invalidCatalog(let line, let problem)) = result else {
            Issue.record("expected invalidCatalog, got \(result)"); return
        }
        #expect(line == 3)
        #expect(!problem.contains("\r"))
    }

    @Test func overlappingGradesNameTheGradeLineAndTheSeat() async throws {
        let text = "concert: X\nvenue: Y\ngrade: A 1-5 10\ngrade: B 5-8 5\ndate: +1d 19:00 +09:00\n"
        let result = await outcome { try CatalogParser.parse(text) }
        guard case .failure(.invalidCatalog(let line, let problem)) = result else {
            Issue.record("expected invalidCatalog, got \(result)"); return
        }
        #expect(line == 4)
        #expect(problem.contains("seat 5") && problem.contains("A") && problem.contains("line 3"), "\(problem)")
    }

    @Test func aSeatListedTwiceInOneGradeIsNamedOnItsLine() async throws {
        let text = "concert: X\nvenue: Y\ngrade: A 1-5,3 10\ndate: +1d 19:00 +09:00\n"
        let result = await outcome { try CatalogParser.parse(text) }
        guard case .failure(.invalidCatalog(let line, let problem)) = result else {
            Issue.record("expected invalidCatalog, got \(result)"); return
        }
        #expect(line == 3)
        #expect(problem.contains("seat 3"), "\(problem)")
    }

    @Test func aGradeNamedTwiceIsReportedOnTheSecondGradeLine() async throws {
        let text = "concert: X\nvenue: Y\ngrade: A 1-5 10\ngrade: A 6-8 5\ndate: +1d 19:00 +09:00\n"
        let result = await outcome { try CatalogParser.parse(text) }
        #expect(result.failure == .invalidCatalog(line: 4, problem: "grade A is listed twice (first on line 3)"))
    }
}
