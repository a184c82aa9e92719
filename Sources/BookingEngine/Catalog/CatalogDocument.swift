/// A parsed catalog file: concerts, their price grades and their performances.
public struct CatalogDocument: Sendable, Equatable {
    /// One concert and everything the file said about it.
    public struct ConcertEntry: Sendable, Equatable {
        public var title: String
        public var venue: String
        public var grades: [GradeEntry]
        public var dates: [DateEntry]
        /// The line of the `concert:` entry, for messages.
        public var line: Int

        /// Seat numbers 1…N, each with its grade and price.
        public var seats: [(number: Int, grade: String, price: Int64)] {
            grades.flatMap { grade in grade.seats.map { (number: $0, grade: grade.name, price: grade.price) } }
                .sorted { $0.number < $1.number }
        }
    }

    /// A price grade and the seat numbers it covers.
    public struct GradeEntry: Sendable, Equatable {
        public var name: String
        public var seats: [Int]
        public var price: Int64
        /// The line of the `grade:` entry, for messages.
        public var line: Int
    }

    /// One performance and the seats already sold elsewhere.
    public struct DateEntry: Sendable, Equatable {
        public var when: CatalogTime
        public var soldSeats: [Int]
        public var line: Int
    }

    public var concerts: [ConcertEntry]

    public init(concerts: [ConcertEntry]) {
        self.concerts = concerts
    }

    public static func == (lhs: CatalogDocument, rhs: CatalogDocument) -> Bool {
        lhs.concerts == rhs.concerts
    }
}

extension CatalogDocument.ConcertEntry {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.title == rhs.title && lhs.venue == rhs.venue && lhs.grades == rhs.grades && lhs.dates == rhs.dates
    }
}

/// When a performance starts: a fixed moment, or a day counted from the day of loading.
public enum CatalogTime: Sendable, Equatable {
    case absolute(Timestamp)
    /// `days` after the loading day (in the given UTC offset), at `minuteOfDay` local time.
    case relative(days: Int, minuteOfDay: Int, offsetMinutes: Int)

    /// The moment this names, for a catalog loaded at `now`.
    public func resolved(loadedAt now: Timestamp) -> Timestamp {
        switch self {
        case .absolute(let moment):
            return moment
        case .relative(let days, let minuteOfDay, let offsetMinutes):
            let dayMs: Int64 = 86_400_000
            let offsetMs = Int64(offsetMinutes) * 60_000
            let localNow = now.milliseconds + offsetMs
            let today = localNow >= 0 ? localNow / dayMs : (localNow - dayMs + 1) / dayMs
            let local = (today + Int64(days)) * dayMs + Int64(minuteOfDay) * 60_000
            return Timestamp(milliseconds: local - offsetMs)
        }
    }
}
