/// What is wrong in a catalog file (`INVALID_CATALOG`): a case that a client words in its
/// reader's language, with what the sentence names (the part, the text as written, the
/// bounds). `english` is the sentence for logs, `--json` and the engine's own message.
public enum CatalogProblem: Sendable, Equatable {
    // The file as a whole
    /// A file that does not exist or cannot be read.
    case fileUnreadable(file: String)
    /// A file over the size a catalog may have.
    case fileTooLarge(file: String)
    case notUTF8(file: String)
    /// An installation without its demo catalog.
    case demoCatalogMissing
    case empty
    case notYAML
    /// YAML the library cannot read, with its own words (`detail`) and the column when known.
    case yamlUnreadable(column: Int?, detail: String)
    /// Text the YAML library cannot decode, with its own words.
    case textUnreadable(detail: String)
    case keysWrittenTwice(keys: [String])
    /// A control character, named by its code point (`U+001B`) rather than printed.
    case controlCharacter(column: Int, code: String)
    /// The line format from before catalogs were YAML.
    case oldFormat
    // The shape of a part
    /// Not a mapping; `keys` are the keys the part takes.
    case notAnEntry(CatalogPart, keys: [String])
    case keyNotAWord(CatalogPart)
    case unknownKey(CatalogPart, key: String, expected: [String])
    case missingKey(CatalogPart, key: String)
    case notAList(CatalogPart)
    case tooManyEntries(CatalogPart, count: Int, limit: Int)
    case notText(CatalogPart)
    case textLength(CatalogPart, range: ClosedRange<Int>)
    /// Not a whole number in `range`; `written` is the text as written, nil for a list or an entry.
    case notAWholeNumber(CatalogPart, written: String?, range: ClosedRange<Int>)
    // Venues and their sections
    case unknownZone(String)
    case venueDeclaredTwice(venue: String, firstLine: Int)
    case sectionDeclaredTwice(section: String, venue: String, firstLine: Int)
    case sectionsOverlap(section: String, other: String, otherLine: Int)
    case sectionOverlapsStage(section: String)
    case noSections(venue: String)
    case tooManySeats(venue: String, seats: Int, limit: Int)
    case sectionNameNotOneWord
    case rowLabels
    case rowsShape(maxRows: Int, maxSeats: Int)
    case noRows
    /// A stage or a section's place that is not a box on the drawing grid.
    case boxShape(CatalogPart)
    // Concerts and their dates
    case noConcerts
    /// A concert's venue that no venue entry declares; `declared` names those that do.
    case unknownVenue(venue: String, declared: [String])
    case noDates(concert: String)
    /// A date the concert already has; `loadedBefore` when the concert came from an earlier load.
    case performanceAlreadyThere(loadedBefore: Bool)
    case timeShape(String)
    case notAClockTime(String)
    case notADayCount(String, limit: Int)
    case dayCountWithOffset(zone: String, offset: String)
    case notADate(String)
    case notAnOffset(String)
    case wrongOffset(zone: String, actual: String, written: String)
    /// A local time the clocks skip.
    case skippedTime(time: String, day: String, zone: String)
    /// A local time the clocks repeat; `offsets` are the ones to choose from.
    case repeatedTime(time: String, day: String, zone: String, offsets: [String])
    case soldEntryShape
    case noSuchSection(venue: String, section: String)
    case noSuchRow(section: String, row: String)
    case notASeatList(String, seats: Int)

    /// Words as a catalog names them in a sentence: `"venues", "concerts"`.
    public static func quoted(_ words: [String]) -> String {
        words.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
