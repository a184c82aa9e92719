/// Reads the catalog text format (see `assets/demo-catalog.txt` for a commented example).
///
/// Every problem is reported as `invalidCatalog` naming the line and what to fix; a file
/// with any problem loads nothing. Lines end in LF or CRLF. Messages never repeat a
/// control character from the file: such characters are refused and named by code point.
public enum CatalogParser {
    /// The most seats one performance may have.
    public static let maxSeats = 500

    public static func parse(_ text: String) throws(BookingError) -> CatalogDocument {
        var concerts: [CatalogDocument.ConcertEntry] = []
        var current: CatalogDocument.ConcertEntry?
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (index, rawLine) in lines.enumerated() {
            let lineNumber = index + 1
            if let (scalar, column) = CatalogText.firstControlCharacter(in: rawLine) {
                throw .invalidCatalog(
                    line: lineNumber,
                    problem: "column \(column) holds the control character \(CatalogText.name(scalar)); "
                        + "catalog text cannot hold control characters, remove it")
            }
            let line = String(rawLine).trimmingCharacters(in: " \t")
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw .invalidCatalog(line: lineNumber, problem: "expected \"key: value\" (concert, venue, grade or date)")
            }
            let key = line[..<colon].trimmingCharacters(in: " \t").lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
            if key == "concert" {
                if let finished = current { concerts.append(try validated(finished)) }
                guard !value.isEmpty, value.count <= 120 else {
                    throw .invalidCatalog(line: lineNumber, problem: "a concert title must have 1 to 120 characters")
                }
                current = CatalogDocument.ConcertEntry(title: value, venue: "", grades: [], dates: [], line: lineNumber)
                continue
            }
            guard var concert = current else {
                throw .invalidCatalog(line: lineNumber, problem: "\"\(key):\" must come after a \"concert:\" line")
            }
            switch key {
            case "venue":
                guard value.count <= 120 else { throw .invalidCatalog(line: lineNumber, problem: "a venue can have at most 120 characters") }
                concert.venue = value
            case "grade":
                concert.grades.append(try grade(value, line: lineNumber))
            case "date":
                concert.dates.append(try date(value, line: lineNumber))
            default:
                throw .invalidCatalog(line: lineNumber, problem: "unknown entry \"\(key):\"; expected concert, venue, grade or date")
            }
            current = concert
        }
        if let finished = current { concerts.append(try validated(finished)) }
        if concerts.isEmpty { throw .invalidCatalog(line: 0, problem: "it has no \"concert:\" lines") }
        return CatalogDocument(concerts: concerts)
    }

    /// `NAME SEATS PRICE`, like `VIP 1-10 165000`.
    private static func grade(_ value: String, line: Int) throws(BookingError) -> CatalogDocument.GradeEntry {
        let parts = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard parts.count == 3 else {
            throw .invalidCatalog(line: line, problem: "a grade is \"NAME SEATS PRICE\", like \"VIP 1-10 165000\"")
        }
        guard parts[0].count <= 12 else { throw .invalidCatalog(line: line, problem: "a grade name can have at most 12 characters") }
        let seats = try seatList(parts[1], line: line)
        var seen = Set<Int>()
        if let twice = seats.first(where: { !seen.insert($0).inserted }) {
            throw .invalidCatalog(line: line, problem: "seat \(twice) is listed twice in grade \(parts[0])")
        }
        let ceiling = Int(EngineConfiguration.schemaBalanceCeiling)
        guard let price = CatalogNumber.parse(parts[2], in: 1...ceiling) else {
            throw .invalidCatalog(line: line, problem: "the price \"\(parts[2])\" is not a whole number of points from 1 to \(ceiling)")
        }
        return .init(name: parts[0], seats: seats, price: Int64(price), line: line)
    }

    /// `WHEN [sold SEATS | sold-out]`.
    private static func date(_ value: String, line: Int) throws(BookingError) -> CatalogDocument.DateEntry {
        let parts = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard parts.count >= 3 else {
            throw .invalidCatalog(line: line, problem: "a date is \"YYYY-MM-DD HH:MM +HH:MM\" or \"+Nd HH:MM +HH:MM\"")
        }
        let when = try CatalogTimeParser.parse(day: parts[0], time: parts[1], offset: parts[2], line: line)
        let rest = Array(parts.dropFirst(3))
        switch rest.count {
        case 0:
            return .init(when: when, soldSeats: [], line: line)
        case 1 where rest[0] == "sold-out":
            return .init(when: when, soldSeats: [-1], line: line)
        case 2 where rest[0] == "sold":
            return .init(when: when, soldSeats: try seatList(rest[1], line: line), line: line)
        default:
            throw .invalidCatalog(line: line, problem: "after the time, write \"sold SEATS\" or \"sold-out\", or nothing")
        }
    }

    /// `1-10,15,22-25` → [1…10, 15, 22…25].
    private static func seatList(_ text: String, line: Int) throws(BookingError) -> [Int] {
        var seats: [Int] = []
        for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = piece.split(separator: "-", omittingEmptySubsequences: false).map { CatalogNumber.parse($0, in: 1...maxSeats) }
            guard (1...2).contains(bounds.count), let low = bounds.first ?? nil, let high = bounds.last ?? nil, high >= low else {
                throw .invalidCatalog(line: line, problem: "\"\(piece)\" is not a seat number or range like 1-10 (seats 1 to \(maxSeats))")
            }
            seats.append(contentsOf: low...high)
        }
        return seats
    }

    /// Checks a finished concert: grades number the seats 1…N exactly once, and sold seats exist.
    /// A grade at fault is reported on its own line, naming the grade it clashes with.
    private static func validated(_ concert: CatalogDocument.ConcertEntry) throws(BookingError) -> CatalogDocument.ConcertEntry {
        guard !concert.grades.isEmpty else { throw .invalidCatalog(line: concert.line, problem: "this concert has no \"grade:\" lines") }
        guard !concert.dates.isEmpty else { throw .invalidCatalog(line: concert.line, problem: "this concert has no \"date:\" lines") }
        var gradeLines: [String: Int] = [:]
        var owners: [Int: CatalogDocument.GradeEntry] = [:]
        for grade in concert.grades {
            if let first = gradeLines[grade.name] {
                throw .invalidCatalog(line: grade.line, problem: "grade \(grade.name) is listed twice (first on line \(first))")
            }
            gradeLines[grade.name] = grade.line
            for seat in grade.seats {
                if let owner = owners[seat] {
                    throw .invalidCatalog(
                        line: grade.line,
                        problem: "seat \(seat) is already in grade \(owner.name) (line \(owner.line)); a seat belongs to one grade")
                }
                owners[seat] = grade
            }
        }
        let numbers = concert.grades.flatMap(\.seats)
        if let missing = (1...max(1, numbers.max() ?? 1)).first(where: { !numbers.contains($0) }) {
            throw .invalidCatalog(line: concert.line, problem: "seat \(missing) has no grade; grades must number the seats 1 to N")
        }
        var checked = concert
        for (index, date) in concert.dates.enumerated() {
            if date.soldSeats == [-1] {
                checked.dates[index].soldSeats = Array(1...numbers.count)
            } else if let outside = date.soldSeats.first(where: { $0 > numbers.count }) {
                throw .invalidCatalog(line: date.line, problem: "seat \(outside) is sold but the concert has \(numbers.count) seats")
            } else {
                checked.dates[index].soldSeats = Array(Set(date.soldSeats)).sorted()
            }
        }
        return checked
    }
}

extension String {
    func trimmingCharacters(in characters: String) -> String {
        String(drop(while: { characters.contains($0) }).reversed().drop(while: { characters.contains($0) }).reversed())
    }
}

extension Substring {
    func trimmingCharacters(in characters: String) -> String {
        String(self).trimmingCharacters(in: characters)
    }
}
