import BookingEngine
import Testing

/// Catalog text as a hostile or careless file brings it: numbers at the edges of their
/// types, control characters, CRLF line ends, and mistakes the messages must place exactly.
@Suite struct CatalogHostileTextTests {
    /// A catalog whose one date is `at` (on line 4) and whose section has `rows` (line 2).
    static func catalog(at: String = "+1d 19:00", rows: String = "1 x 5", price: String = "10") -> String {
        """
        venues:
          - {name: Y, zone: Asia/Seoul, sections: [{name: A, grade: A, price: \(price), place: [0, 0], rows: \(rows)}]}
        concerts:
          - {title: X, venue: Y, dates: [{at: \(at)}]}

        """
    }

    @Test(arguments: [
        "+-99999999999999d 19:00", "--9223372036854775808d 19:00", "-9223372036854775808d 19:00",
        "+9223372036854775807d 19:00", "-3651d 19:00", "+3651d 19:00", "+1d 99999999999999999999:00", "+1d 19:-1",
        "+1d +19:+0", "99999999999999999999-01-01 19:00", "2026-+1-01 19:00", "2026-01--1 19:00", "2026-12-24 19:00 +-9:00",
        "2026-12-24 19:00 +09:-30", "2026-12-24 19:00 +99999999999999999999:00",
    ])
    func numbersPastTheirBoundsAreRefusedOnTheirLine(at: String) async throws {
        let result = await outcome { try CatalogParser.parse(Self.catalog(at: at)) }
        guard case .failure(.invalidCatalog(let line, _)) = result else {
            Issue.record("expected invalidCatalog for \(at), got \(result)"); return
        }
        #expect(line == 4)
    }

    @Test func farDatesWithinTheBoundsResolve() throws {
        let early = try CatalogParser.parse(Self.catalog(at: "-3650d 00:00"))
        let late = try CatalogParser.parse(Self.catalog(at: "+3650d 23:59"))
        let moments = [early, late].map { $0.concerts[0].dates[0].when.resolved(loadedAt: Timestamp(milliseconds: 0)) }
        #expect(moments[0] < moments[1])
    }

    @Test(arguments: [
        ("1 x 99999999999999999999", "10"), ("99999999999999999999 x 1", "10"), ("[1, -3]", "10"),
        ("1 x 5", "99999999999999999999"), ("1 x 5", "+10"), ("[99999999999999999999]", "10"),
    ])
    func seatCountsAndPricesPastTheirBoundsAreRefused(rows: String, price: String) async throws {
        let result = await outcome { try CatalogParser.parse(Self.catalog(rows: rows, price: price)) }
        guard case .failure(.invalidCatalog(let line, _)) = result else {
            Issue.record("expected invalidCatalog for \(rows) \(price), got \(result)"); return
        }
        #expect(line == 2)
    }

    @Test(arguments: [
        ("venues:\n  - {name: \"X\u{1B}]0;PWNED\u{07}\", zone: UTC, sections: []}\n", 2, "U+001B"),
        ("venues: []\u{0}hidden\nconcerts: []\n", 1, "U+0000"),
        ("venues:\n  - name: \u{1B}[2J\n", 2, "U+001B"),
        ("venues:\n  - {name: Y, zone: UTC, sections: [{name: \"A\u{9B}31m\"}]}\n", 2, "U+009B"),
        ("venues: []\nconcerts: [] \u{7F}\n", 2, "U+007F"),
    ] as [(String, Int, String)])
    func controlCharactersAreRefusedAndNamedWithoutBeingEchoed(text: String, line: Int, code: String) async throws {
        let result = await outcome { try CatalogParser.parse(text) }
        guard case .failure(.invalidCatalog(let reported, let problem)) = result else {
            Issue.record("expected invalidCatalog, got \(result)"); return
        }
        #expect(reported == line)
        #expect(problem.english.contains(code), "\(problem)")
        #expect(!problem.english.unicodeScalars.contains { $0.properties.generalCategory == .control }, "the message echoes a control character")
    }

    @Test func crlfLineEndsLoadLikeLF() throws {
        let lf = CatalogErrorTests.lines.joined(separator: "\n") + "\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try CatalogParser.parse(crlf) == CatalogParser.parse(lf))
        #expect(try CatalogParser.parse(crlf).concerts[0].title == "X")
    }

    @Test func crlfErrorsNameTheLineWithoutACarriageReturn() async throws {
        let text = CatalogErrorTests.catalog(9, "        rows: 1 x 5\n        colour: red").replacingOccurrences(of: "\n", with: "\r\n")
        let result = await outcome { try CatalogParser.parse(text) }
        guard case .failure(.invalidCatalog(let line, let problem)) = result else {
            Issue.record("expected invalidCatalog, got \(result)"); return
        }
        #expect(line == 10)
        #expect(!problem.english.contains("\r"))
    }

    /// YAML aliases and deep nesting find nothing to expand: every value has a fixed shape.
    @Test func aliasesAndNestingWhereTextIsExpectedAreRefused() async throws {
        let text = """
            venues:
              - {name: Y, zone: Asia/Seoul, sections: [{name: A, grade: A, price: 10, place: [0, 0], rows: 1 x 5}]}
            concerts:
              - {title: X, venue: Y, dates: [{at: +1d 19:00, sold: &a [[A], [A], [A]]}, {at: +2d 19:00, sold: *a}]}
            """
        #expect(await outcome { try CatalogParser.parse(text) }.failure?.code == "INVALID_CATALOG")
        let deep = "venues: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\nconcerts: []\n"
        #expect(await outcome { try CatalogParser.parse(deep) }.failure?.code == "INVALID_CATALOG")
    }
}
