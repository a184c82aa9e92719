/// A parsed catalog file: venues with their sections, and concerts with their performances.
public struct CatalogDocument: Sendable, Equatable {
    /// A venue and the line it starts on.
    public struct VenueEntry: Sendable, Equatable {
        public var layout: VenueLayout
        /// The line of the venue's entry, for messages.
        public var line: Int
    }

    /// One concert and everything the file said about it.
    public struct ConcertEntry: Sendable, Equatable {
        public var title: String
        /// The name of one of the document's venues.
        public var venue: String
        public var dates: [DateEntry]
        /// The line of the concert's entry, for messages.
        public var line: Int
    }

    /// One performance and the seats already sold elsewhere.
    public struct DateEntry: Sendable, Equatable {
        public var when: CatalogTime
        /// Seats sold at the box office, by section (index in the venue's sections) and by
        /// seat (index in the section's row order), in order, each once.
        public var soldSeats: [SoldSeat]
        public var line: Int
    }

    /// A seat a catalog marks as sold.
    public struct SoldSeat: Sendable, Equatable, Hashable, Comparable {
        public var section: Int
        public var index: Int

        public static func < (lhs: SoldSeat, rhs: SoldSeat) -> Bool {
            (lhs.section, lhs.index) < (rhs.section, rhs.index)
        }
    }

    public var venues: [VenueEntry]
    public var concerts: [ConcertEntry]

    public init(venues: [VenueEntry], concerts: [ConcertEntry]) {
        self.venues = venues
        self.concerts = concerts
    }

    /// The venue a concert plays at (the parser made sure there is one).
    public func venue(of concert: ConcertEntry) -> VenueLayout? {
        venues.first { $0.layout.name == concert.venue }?.layout
    }
}

/// When a performance starts: a fixed moment, or a day counted from the day of loading.
public enum CatalogTime: Sendable, Equatable {
    case absolute(Timestamp)
    /// `days` after the loading day (in the venue's zone), at `minuteOfDay` local time there.
    case relative(days: Int, minuteOfDay: Int, zone: String)

    /// The moment this names, for a catalog loaded at `now`. A local time that clocks skip
    /// (a daylight-saving gap) is taken as the moment the clocks skip to.
    public func resolved(loadedAt now: Timestamp) -> Timestamp {
        switch self {
        case .absolute(let moment):
            return moment
        case .relative(let days, let minuteOfDay, let zone):
            let dayMs: Int64 = 86_400_000
            let offsetMs = Int64(LocalTime.offsetSeconds(zone, at: now)) * 1000
            let localNow = now.milliseconds + offsetMs
            let today = localNow >= 0 ? localNow / dayMs : (localNow - dayMs + 1) / dayMs
            let wall = ((today + Int64(days)) * dayMs + Int64(minuteOfDay) * 60_000) / 1000
            if let moment = LocalTime.moments(ofWallClock: wall, in: zone).first { return moment }
            let before = LocalTime.offsetSeconds(zone, at: Timestamp(milliseconds: (wall - 86_400) * 1000))
            return Timestamp(milliseconds: (wall - Int64(before)) * 1000)
        }
    }
}
