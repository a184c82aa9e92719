extension CatalogProblem {
    /// The sentence in English, without a final period, completing `Catalog line 4: `.
    public var english: String {
        let yamlHint = "; check the indentation, and put text holding \": \" or \" #\" in quotes"
        switch self {
        case .fileUnreadable(let file): return "\(file) cannot be read; check the path"
        case .fileTooLarge(let file): return "\(file) is over 4 MB"
        case .notUTF8(let file): return "\(file) is not UTF-8 text"
        case .demoCatalogMissing:
            return "the demo catalog is missing from this installation (boxoffice_BoxOfficeAssets.resources belongs "
                + "beside the boxoffice binary); give a catalog with --catalog FILE, or reinstall"
        case .empty: return "it is empty; write its venues and concerts"
        case .notYAML: return "it is not YAML the catalog reader understands"
        case .yamlUnreadable(let column?, let detail): return "YAML cannot be read at column \(column): \(detail)" + yamlHint
        case .yamlUnreadable(nil, let detail): return "YAML cannot be read: \(detail)" + yamlHint
        case .textUnreadable(let detail): return "the text cannot be read: \(detail)"
        case .keysWrittenTwice(let keys): return "\(Self.quoted(keys)) is written twice in one entry (here and below); keep one"
        case .controlCharacter(let column, let code):
            return "column \(column) holds the control character \(code); catalog text cannot hold control characters, remove it"
        case .oldFormat:
            return "this is the old catalog format (\"concert:\", \"grade:\" and \"date:\" lines); catalogs are YAML now, "
                + "with venues (zone, sections, rows, prices) and concerts: rewrite it like assets/demo-catalog.yaml"
        case .notAnEntry(let part, let keys):
            return "\(part.english) must be an entry of \"key: value\" lines (\(keys.joined(separator: ", ")))"
        case .keyNotAWord(let part): return "a key of \(part.english) must be a plain word"
        case .unknownKey(let part, let key, let expected): return "\(part.english) has no \"\(key)\"; expected \(Self.quoted(expected))"
        case .missingKey(let part, let key): return "\(part.english) needs \"\(key):\""
        case .notAList(let part): return "\(part.english) must be a list (lines starting with \"- \")"
        case .tooManyEntries(let part, let count, let limit): return "\(part.english) has \(count) entries; at most \(limit) are allowed"
        case .notText(let part): return "\(part.english) must be text, not a list or an entry"
        case .textLength(let part, let range):
            return "\(part.english) must have \(range.lowerBound) to \(range.upperBound) characters"
        case .notAWholeNumber(let part, let written, let range):
            let shown = written.map { "\"\($0)\" " } ?? ""
            return "\(part.english) \(shown)is not a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .unknownZone(let zone):
            return "\"\(zone)\" is not an IANA time zone; write the venue's zone like Asia/Seoul or America/New_York"
        case .venueDeclaredTwice(let venue, let firstLine): return "venue \(venue) is declared twice (first on line \(firstLine)); rename one"
        case .sectionDeclaredTwice(let section, let venue, let firstLine):
            return "section \(section) is declared twice in \(venue) (first on line \(firstLine)); rename one"
        case .sectionsOverlap(let section, let other, let otherLine):
            return "section \(section)'s place overlaps section \(other) (line \(otherLine)); move one"
        case .sectionOverlapsStage(let section): return "section \(section)'s place overlaps the stage; move one"
        case .noSections(let venue): return "venue \(venue) has no sections"
        case .tooManySeats(let venue, let seats, let limit):
            return "venue \(venue) has \(PointsText.grouped(Int64(seats))) seats; "
                + "a performance can have at most \(PointsText.grouped(Int64(limit))), so remove rows or sections"
        case .sectionNameNotOneWord: return "a section's name is one word (like F2 or 101), without spaces or \"·\""
        case .rowLabels: return "row labels are \"numbers\" (1, 2, …) or \"letters\" (A, B, …)"
        case .rowsShape(let maxRows, let maxSeats):
            return "rows are \"ROWS x SEATS\" like \"20 x 30\" (1 to \(maxRows) rows of 1 to \(maxSeats) seats), or a list of row lengths"
        case .noRows: return "a section needs at least one row"
        case .boxShape(let part): return "\(part.english) is [x, y] or [x, y, width, height] on the venue's drawing grid"
        case .noConcerts: return "it has no concerts"
        case .unknownVenue(let venue, let declared):
            return "no venue is named \(venue); declare it under \"venues:\""
                + (declared.isEmpty ? "" : " (declared: \(declared.joined(separator: ", ")))")
        case .noDates(let concert): return "concert \(concert) has no dates"
        case .performanceAlreadyThere(let loadedBefore):
            return "this concert already has a performance at that time"
                + (loadedBefore ? " (it was loaded before: this catalog, or part of it, is already in the database)" : "")
        case .timeShape(let text): return "\"\(text)\" is not a time like \"2026-12-24 19:30\" or \"+14d 19:30\" (the venue's local time)"
        case .notAClockTime(let text): return "\"\(text)\" is not a time like 19:30"
        case .notADayCount(let text, let limit): return "\"\(text)\" is not a day count like +14d or -3d (at most \(limit))"
        case .dayCountWithOffset(let zone, let offset): return "a day count is in the venue's own time (\(zone)); leave out \"\(offset)\""
        case .notADate(let text): return "\"\(text)\" is not a date like 2026-12-24 or a day count like +14d"
        case .notAnOffset(let text): return "\"\(text)\" is not a UTC offset like +09:00"
        case .wrongOffset(let zone, let actual, let written):
            return "at that time \(zone) is \(actual), not \(written); correct the offset or leave it out"
        case .skippedTime(let time, let day, let zone): return "\(time) on \(day) does not exist in \(zone) (the clocks skip it); pick another time"
        case .repeatedTime(let time, let day, let zone, let offsets):
            return "\(time) on \(day) happens twice in \(zone) (the clocks go back); add the offset: \(offsets.joined(separator: " or "))"
        case .soldEntryShape: return "a sold entry is \"SECTION\", \"SECTION ROW\" or \"SECTION ROW SEATS\", like \"F2 12 1-4,9\""
        case .noSuchSection(let venue, let section): return "\(venue) has no section \(section)"
        case .noSuchRow(let section, let row): return "section \(section) has no row \(row)"
        case .notASeatList(let text, let seats):
            return "\"\(text)\" is not a seat number or range like 1-10 (this row has seats 1 to \(seats))"
        }
    }
}
