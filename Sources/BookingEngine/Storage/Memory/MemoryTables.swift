/// Everything an in-memory database holds: the same tables as the SQLite schema, as
/// plain Swift values.
struct MemoryTables {
    struct BuyerRecord {
        var balance: Int64 = 0
        var tokenNumber: Int64?
        var keyHash: String?
        var keyMadeAt: Int64?
    }

    struct ConcertRecord {
        let title: String
        let venue: String
    }

    struct PerformanceRecord {
        let concert: ConcertID
        let venue: VenueID
        let startsAt: Int64
    }

    struct VenueRecord {
        let layout: VenueLayout
        let sections: [SectionID]
    }

    struct SectionRecord {
        let venue: VenueID
        let order: Int
        let layout: SectionLayout
    }

    struct SeatRecord {
        let date: DateID
        let number: Int
        let grade: String
        let price: Int64
        let section: SectionID
        let row: Int
        let seatInRow: Int
    }

    /// A performance's or a section's seats: all, sold, and held (live or lapsed and not
    /// swept), kept as the SQLite schema's triggers keep them.
    struct SeatCount: Equatable {
        var first = SeatID(0)
        var seats = 0
        var sold = 0
        var held = 0
    }

    struct SectionKey: Hashable {
        let date: DateID
        let section: SectionID
    }

    struct ReservationRecord {
        var row: ReservationRow
        let heldAt: Int64
    }

    struct PaymentRecord {
        let buyer: String
        let amount: Int64
        let paidAt: Int64
        let token: String?
    }

    struct LedgerRecord {
        let buyer: String
        let entry: LedgerEntry
    }

    struct RequestKey: Hashable {
        let scope: String
        let buyer: String
        let key: String
    }

    struct RequestRecord {
        let record: IdempotentRecord
        let token: String?
        let madeAt: Int64
    }

    var policy: EngineConfiguration
    var clock: StoredClock
    var line: LineCounters
    var activeCount = 0
    var catalogLoadedAt: Int64?

    var buyers: [String: BuyerRecord] = [:]
    var tokens: [Int64: TokenRow] = [:]
    var lapseNodes: [Int64: LapseNode] = [:]
    var admissions: [(at: Int64, admitted: Int)] = []
    var concerts: [ConcertID: ConcertRecord] = [:]
    var performances: [DateID: PerformanceRecord] = [:]
    var venues: [VenueID: VenueRecord] = [:]
    var sections: [SectionID: SectionRecord] = [:]
    var seats: [SeatID: SeatRecord] = [:]
    var sectionCounts: [SectionKey: SeatCount] = [:]
    var dateCounts: [DateID: SeatCount] = [:]
    var reservations: [ReservationID: ReservationRecord] = [:]
    /// Each seat's held or confirmed reservation: the unique index of the SQLite schema.
    var liveBySeat: [SeatID: ReservationID] = [:]
    var payments: [PaymentID: PaymentRecord] = [:]
    var ledger: [Int64: LedgerRecord] = [:]
    var requests: [RequestKey: RequestRecord] = [:]
    var events: [EngineEvent] = []
    /// How many events were ever recorded (`events` keeps only the latest).
    var eventsRecorded: Int64 = 0
    /// The last id given out, shared by every kind of row (ids only need to be unique per kind).
    var lastID: Int64 = 0

    /// The most events kept, as the SQLite schema keeps.
    static let eventLimit = 1_000

    init(policy: EngineConfiguration, qaMode: Bool, now: Int64) {
        self.policy = policy
        clock = StoredClock(recorded: now, lineLag: 0, qaOffset: qaMode ? 0 : nil)
        line = LineCounters(lapseMark: now)
    }

    mutating func nextID() -> Int64 {
        lastID += 1
        return lastID
    }

    /// A reservation's seat label, for holds and bookings.
    func label(of id: SeatID) -> SeatLabel? {
        guard let seat = seats[id], let performance = performances[seat.date], let concert = concerts[performance.concert],
              let section = sections[seat.section], let venue = venues[performance.venue]
        else { return nil }
        return SeatLabel(
            seatID: id, concertTitle: concert.title, dateID: seat.date, startsAt: Timestamp(milliseconds: performance.startsAt),
            seatNumber: seat.number, grade: seat.grade, section: section.layout.name, row: section.layout.rows[seat.row].label,
            seatInRow: seat.seatInRow, timeZone: venue.layout.timeZone)
    }

    /// Held reservations past their deadline at `now` and not swept yet, by performance and
    /// section: counted as held, but their seats are free.
    func lapsedHolds(now: Int64) -> [SectionKey: Int] {
        var lapsed: [SectionKey: Int] = [:]
        for record in reservations.values where record.row.status == .held && record.row.expiresAt <= now {
            if let seat = seats[record.row.seat] { lapsed[SectionKey(date: seat.date, section: seat.section), default: 0] += 1 }
        }
        return lapsed
    }

    /// The seat's held or confirmed reservation, if any.
    func liveReservation(of seat: SeatID) -> ReservationRow? {
        liveBySeat[seat].flatMap { reservations[$0]?.row }
    }
}
