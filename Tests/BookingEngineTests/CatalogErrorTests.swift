import BookingEngine
import Testing

/// Every mistake in a catalog is reported on its line, with what to fix.
@Suite struct CatalogErrorTests {
    /// A valid catalog, one entry per line, that each case changes.
    static let lines = [
        "venues:",  // 1
        "  - name: Y",  // 2
        "    zone: Asia/Seoul",  // 3
        "    sections:",  // 4
        "      - name: A",  // 5
        "        grade: A",  // 6
        "        price: 10",  // 7
        "        place: [0, 0]",  // 8
        "        rows: 1 x 5",  // 9
        "concerts:",  // 10
        "  - title: X",  // 11
        "    venue: Y",  // 12
        "    dates:",  // 13
        "      - at: +1d 19:00",  // 14
    ]

    /// The catalog with line `line` (1-based) replaced by `text`.
    static func catalog(_ line: Int, _ text: String) -> String {
        var lines = Self.lines
        lines[line - 1] = text
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func theBaseCatalogIsValid() throws {
        #expect(try CatalogParser.parse(Self.lines.joined(separator: "\n")).summary.seats == 5)
    }

    @Test(arguments: [
        (9, "        rows: 1 x 5\n        colour: red", 10, "colour"),
        (14, "      - at: +1d 19:00\nextras: 1", 15, "extras"),
        (3, "    stage: [1, 0]", 2, "zone"),
        (3, "    zone: Seoul", 3, "IANA"),
        (3, "    zone: KST", 3, "IANA"),
        (9, "        rows: 1 x 5\n      - {name: A, grade: B, price: 5, place: [1, 0], rows: 1 x 5}", 10, "declared twice"),
        (9, "        rows: 1 x 5\n      - {name: B, grade: B, price: 5, place: [0, 0], rows: 1 x 5}", 10, "overlaps section A"),
        (7, "        price: ten", 7, "whole number"),
        (7, "        price: -10", 7, "whole number"),
        (7, "        price: 0", 7, "whole number"),
        (7, "        price: 10000001", 7, "whole number"),
        (9, "        rows: 0 x 5", 9, "20 x 30"),
        (9, "        rows: 201 x 5", 9, "20 x 30"),
        (9, "        rows: 1 x 501", 9, "20 x 30"),
        (9, "        rows: [5, 0]", 9, "row's length"),
        (9, "        rows: lots", 9, "20 x 30"),
        (9, "        rows: 200 x 301", 2, "at most 60,000"),
        (14, "      - at: 2026-02-30 19:00", 14, "not a date"),
        (14, "      - at: 2026-12-24 25:00", 14, "not a time"),
        (14, "      - at: 2026-12-24 19:00 Seoul", 14, "UTC offset"),
        (14, "      - at: tomorrow", 14, "venue's local time"),
        (14, "      - at: +1d 19:00 +09:00", 14, "leave out"),
        (14, "      - at: 2026-12-24 19:00 +08:00", 14, "not +08:00"),
        (14, "      - {at: +1d 19:00, sold: [A 1 6]}", 14, "seats 1 to 5"),
        (14, "      - {at: +1d 19:00, sold: [B]}", 14, "no section B"),
        (14, "      - {at: +1d 19:00, sold: [A 2]}", 14, "no row 2"),
        (14, "      - {at: +1d 19:00, sold: some}", 14, "all"),
        (12, "    venue: Z", 12, "no venue is named Z"),
        (11, "  - title: \"\"", 11, "1 to 120"),
        (14, "      []", 11, "no dates"),
        (12, "    venue: Y: Z", 12, "YAML"),
        (3, "    zone: Asia/Seoul\n    zone: Asia/Tokyo", 3, "twice"),
        (5, "      - name: A B", 5, "one word"),
        (5, "      - name: ABCDEFGHI", 5, "1 to 8"),
        (6, "        grade: ABCDEFGHIJKLM", 6, "1 to 12"),
        (9, "        rows: 1 x 5\n        labels: roman", 10, "letters"),
        (8, "        place: [0]", 8, "[x, y]"),
        (8, "        place: [0, 0, 0, 1]", 8, "width"),
        (8, "        place: [100, 0]", 8, "x"),
        (1, "concert: X", 1, "old catalog format"),
        (1, "# comment\n\nconcert: X", 3, "old catalog format"),
    ] as [(Int, String, Int, String)])
    func aMistakeIsReportedOnItsLine(line: Int, text: String, reported: Int, words: String) async throws {
        let result = await outcome { try CatalogParser.parse(Self.catalog(line, text)) }
        guard case .failure(.invalidCatalog(let at, let problem)) = result else {
            Issue.record("expected invalidCatalog for \(text), got \(result)"); return
        }
        #expect(at == reported, "\(problem)")
        #expect(problem.english.contains(words), "\(problem)")
    }

    /// Local times that clocks skip or repeat are refused, with the offsets to choose from.
    @Test(arguments: [
        ("2027-03-14 02:30", "does not exist"), ("2026-11-01 01:30", "-04:00 or -05:00"),
    ])
    func daylightSavingGapsAndRepeatsAreNamed(at: String, words: String) async throws {
        let text = Self.catalog(3, "    zone: America/New_York").replacingOccurrences(of: "+1d 19:00", with: at)
        let result = await outcome { try CatalogParser.parse(text) }
        guard case .failure(.invalidCatalog(let line, let problem)) = result else {
            Issue.record("expected invalidCatalog, got \(result)"); return
        }
        #expect(line == 14)
        #expect(problem.english.contains(words), "\(problem)")
    }
}
