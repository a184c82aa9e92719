import BookingEngine

/// What is wrong in a catalog file (`CatalogProblem`), worded in the reader's language: a
/// key per problem (two where the English sentence has an optional part) and one per part
/// of a catalog the sentences name.
public enum CatalogProblemKey: String, CatalogKey {
    // The file as a whole
    case fileUnreadable, fileTooLarge, notUTF8, demoCatalogMissing, empty, notYAML, yamlUnreadableAt, yamlUnreadable
    case textUnreadable, keysWrittenTwice, controlCharacter, oldFormat
    // The shape of a part
    case notAnEntry, keyNotAWord, unknownKey, missingKey, notAList, tooManyEntries, notText, textLength
    case notAWholeNumberWritten, notAWholeNumber
    // Venues and their sections
    case unknownZone, venueDeclaredTwice, sectionDeclaredTwice, sectionsOverlap, sectionOverlapsStage, noSections, tooManySeats
    case sectionNameNotOneWord, rowLabels, rowsShape, noRows, boxShape
    // Concerts and their dates
    case noConcerts, unknownVenue, unknownVenueDeclared, noDates, performanceAlreadyThere, performanceLoadedBefore
    case timeShape, notAClockTime, notADayCount, dayCountWithOffset, notADate, notAnOffset, wrongOffset, skippedTime, repeatedTime
    case offsetChoice, soldEntryShape, noSuchSection, noSuchRow, notASeatList
    // Parts, one per `CatalogPart`
    case partCatalog, partVenues, partVenue, partVenueName, partVenueZone, partStage, partVenueSections
    case partSection, partSectionName, partGrade, partPrice, partSectionPlace, partLabels, partRows, partRowLength
    case partX, partY, partWidth, partHeight
    case partConcerts, partConcert, partConcertTitle, partConcertVenue, partConcertDates
    case partDate, partDateTime, partSoldSeats, partSoldEntry
}

extension Language {
    /// What is wrong in a catalog, as the sentence that completes `ErrorKey.invalidCatalogLine`.
    public func sentence(for problem: CatalogProblem) -> String {
        typealias Key = CatalogProblemKey
        let quoted = CatalogProblem.quoted
        switch problem {
        case .fileUnreadable(let file): return text(Key.fileUnreadable, file)
        case .fileTooLarge(let file): return text(Key.fileTooLarge, file)
        case .notUTF8(let file): return text(Key.notUTF8, file)
        case .demoCatalogMissing: return text(Key.demoCatalogMissing)
        case .empty: return text(Key.empty)
        case .notYAML: return text(Key.notYAML)
        case .yamlUnreadable(let column?, let detail): return text(Key.yamlUnreadableAt, column, detail)
        case .yamlUnreadable(nil, let detail): return text(Key.yamlUnreadable, detail)
        case .textUnreadable(let detail): return text(Key.textUnreadable, detail)
        case .keysWrittenTwice(let keys): return text(Key.keysWrittenTwice, quoted(keys))
        case .controlCharacter(let column, let code): return text(Key.controlCharacter, column, code)
        case .oldFormat: return text(Key.oldFormat)
        case .notAnEntry(let part, let keys): return text(Key.notAnEntry, name(of: part), keys.joined(separator: ", "))
        case .keyNotAWord(let part): return text(Key.keyNotAWord, name(of: part))
        case .unknownKey(let part, let key, let expected): return text(Key.unknownKey, name(of: part), key, quoted(expected))
        case .missingKey(let part, let key): return text(Key.missingKey, name(of: part), key)
        case .notAList(let part): return text(Key.notAList, name(of: part))
        case .tooManyEntries(let part, let count, let limit): return text(Key.tooManyEntries, name(of: part), count, limit)
        case .notText(let part): return text(Key.notText, name(of: part))
        case .textLength(let part, let range): return text(Key.textLength, name(of: part), range.lowerBound, range.upperBound)
        case .notAWholeNumber(let part, let written?, let range):
            return text(Key.notAWholeNumberWritten, name(of: part), written, range.lowerBound, range.upperBound)
        case .notAWholeNumber(let part, nil, let range): return text(Key.notAWholeNumber, name(of: part), range.lowerBound, range.upperBound)
        case .unknownZone(let zone): return text(Key.unknownZone, zone)
        case .venueDeclaredTwice(let venue, let firstLine): return text(Key.venueDeclaredTwice, venue, firstLine)
        case .sectionDeclaredTwice(let section, let venue, let firstLine): return text(Key.sectionDeclaredTwice, section, venue, firstLine)
        case .sectionsOverlap(let section, let other, let otherLine): return text(Key.sectionsOverlap, section, other, otherLine)
        case .sectionOverlapsStage(let section): return text(Key.sectionOverlapsStage, section)
        case .noSections(let venue): return text(Key.noSections, venue)
        case .tooManySeats(let venue, let seats, let limit):
            return text(Key.tooManySeats, venue, PointsText.grouped(Int64(seats)), PointsText.grouped(Int64(limit)))
        case .sectionNameNotOneWord: return text(Key.sectionNameNotOneWord)
        case .rowLabels: return text(Key.rowLabels)
        case .rowsShape(let maxRows, let maxSeats): return text(Key.rowsShape, maxRows, maxSeats)
        case .noRows: return text(Key.noRows)
        case .boxShape(let part): return text(Key.boxShape, name(of: part))
        case .noConcerts: return text(Key.noConcerts)
        case .unknownVenue(let venue, let declared):
            return declared.isEmpty ? text(Key.unknownVenue, venue) : text(Key.unknownVenueDeclared, venue, declared.joined(separator: ", "))
        case .noDates(let concert): return text(Key.noDates, concert)
        case .performanceAlreadyThere(let loadedBefore): return text(loadedBefore ? Key.performanceLoadedBefore : .performanceAlreadyThere)
        case .timeShape(let written): return text(Key.timeShape, written)
        case .notAClockTime(let written): return text(Key.notAClockTime, written)
        case .notADayCount(let written, let limit): return text(Key.notADayCount, written, limit)
        case .dayCountWithOffset(let zone, let offset): return text(Key.dayCountWithOffset, zone, offset)
        case .notADate(let written): return text(Key.notADate, written)
        case .notAnOffset(let written): return text(Key.notAnOffset, written)
        case .wrongOffset(let zone, let actual, let written): return text(Key.wrongOffset, zone, actual, written)
        case .skippedTime(let time, let day, let zone): return text(Key.skippedTime, time, day, zone)
        case .repeatedTime(let time, let day, let zone, let offsets):
            let choice = offsets.dropFirst().reduce(offsets.first ?? "") { text(Key.offsetChoice, $0, $1) }
            return text(Key.repeatedTime, time, day, zone, choice)
        case .soldEntryShape: return text(Key.soldEntryShape)
        case .noSuchSection(let venue, let section): return text(Key.noSuchSection, venue, section)
        case .noSuchRow(let section, let row): return text(Key.noSuchRow, section, row)
        case .notASeatList(let written, let seats): return text(Key.notASeatList, written, seats)
        }
    }

    /// A part of a catalog, as the sentences about it name it.
    func name(of part: CatalogPart) -> String {
        let key: CatalogProblemKey = switch part {
        case .catalog: .partCatalog
        case .venues: .partVenues
        case .venue: .partVenue
        case .venueName: .partVenueName
        case .venueZone: .partVenueZone
        case .stage: .partStage
        case .venueSections: .partVenueSections
        case .section: .partSection
        case .sectionName: .partSectionName
        case .grade: .partGrade
        case .price: .partPrice
        case .sectionPlace: .partSectionPlace
        case .labels: .partLabels
        case .rows: .partRows
        case .rowLength: .partRowLength
        case .x: .partX
        case .y: .partY
        case .width: .partWidth
        case .height: .partHeight
        case .concerts: .partConcerts
        case .concert: .partConcert
        case .concertTitle: .partConcertTitle
        case .concertVenue: .partConcertVenue
        case .concertDates: .partConcertDates
        case .date: .partDate
        case .dateTime: .partDateTime
        case .soldSeats: .partSoldSeats
        case .soldEntry: .partSoldEntry
        }
        return text(key)
    }
}
