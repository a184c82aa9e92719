import BookingEngine

/// Everything the client shows, in one value. Only `reduce` changes it; `render` draws it.
public struct AppState: Sendable, Equatable {
    /// How often the waiting room, concert list and bookings refresh (the seed's 5 s poll).
    public static let refreshInterval: Duration = .seconds(5)
    /// How often the venue overview and a section's seats refresh: sooner, so others'
    /// holds and sales show within 5 s even when a refresh lands just before them.
    public static let seatMapRefreshInterval: Duration = .seconds(3)

    /// The refresh interval of `screen`.
    static func refreshInterval(of screen: ScreenID) -> Duration {
        screen == .seatGrid || screen == .venue ? seatMapRefreshInterval : refreshInterval
    }
    /// The smallest terminal the layout supports.
    public static let minimumWidth = 60
    /// The smallest terminal the layout supports.
    public static let minimumHeight = 18

    /// The buyer's name, as given to the engine.
    public let user: String
    /// Whether the inspector's QA keys work: on a QA or demo database only, so a buyer on a
    /// real database cannot run admission early or hand themselves points.
    public let qaControls: Bool
    /// The engine's limits (hold limit, top-up range, balance ceiling).
    public let configuration: EngineConfiguration
    /// The latest moment the loop reported (`.clockTicked`); every countdown derives from it.
    public internal(set) var now: Timestamp
    /// Offset from UTC used to show clock times, decided by the caller (rendering reads no environment).
    public let utcOffsetMinutes: Int
    /// The language of everything the client shows, chosen once at start.
    public let language: Language
    /// The buyer's IANA time zone (`Asia/Seoul`), decided by the caller: performance times
    /// add the buyer's own time when the performance is in another zone.
    public let buyerTimeZone: String
    /// The terminal size, updated by `.input(.resize)`.
    public internal(set) var width: Int
    /// The terminal size, updated by `.input(.resize)`.
    public internal(set) var height: Int

    /// The screen shown.
    public internal(set) var screen: ScreenID = .waitingRoom
    /// Where `q`/Esc leads from the points and bookings screens, which open from anywhere.
    public internal(set) var returnScreen: ScreenID?
    /// The QA/demo inspector panel, while open.
    public internal(set) var inspector: InspectorPanel?
    /// The help overlay or the quit question, if shown.
    public internal(set) var overlay: Overlay?
    /// How many lines of the help text are scrolled past.
    public internal(set) var helpScroll = 0
    /// The last message for the buyer, until `statusShownUntil` or until they leave its screen.
    public internal(set) var status: StatusMessage?
    /// When the status-line message disappears.
    public internal(set) var statusShownUntil: Timestamp?
    /// How many messages were said so far: tells `reduce` whether an action said something.
    var messagesSaid = 0
    /// Engine calls in flight.
    public internal(set) var inFlight: Set<Operation> = []
    /// When the current screen's data is next refreshed; nil while a refresh is in flight.
    public internal(set) var nextRefreshAt: Timestamp?
    /// When the current screen's data was last read.
    public internal(set) var lastRefreshedAt: Timestamp?
    /// Set once the buyer confirmed quitting; the loop exits.
    public internal(set) var shouldQuit = false

    /// The latest queue status of the buyer's token, if one was issued.
    public internal(set) var queue: QueueStatus?
    /// When the waiting token's place is next checked, whatever the screen: the check also
    /// keeps the place alive and tells the buyer when they are admitted. Nil once admitted
    /// and while a check is in flight.
    public internal(set) var nextQueueCheckAt: Timestamp?
    /// The wait estimate as shown: smoothed over successive checks (see `WaitSmoothing`).
    public internal(set) var shownWait: ShownWait?
    /// The first position seen in line: the start of the progress bar.
    public internal(set) var firstPosition: Int?
    /// The token is no longer usable (expired, unknown, or spent by a payment).
    public internal(set) var tokenExpired = false
    /// While calls cannot reach the server: what the status line says instead of anything else.
    public internal(set) var connectionProblem: String?

    /// Payments and top-ups asked for so far: each attempt gets its own number, which the
    /// effect runner turns into the attempt's request key, so that a request repeated
    /// (after a lost answer) is answered, not carried out twice.
    public internal(set) var requestsMade = 0

    /// The buyer's balance, once read.
    public internal(set) var balance: Int64?
    /// When the balance was last read: the shopping screens read it again now and then, so
    /// a top-up made elsewhere (another terminal, `points charge`) shows in the header.
    var balanceReadAt: Timestamp?
    /// Concerts with their upcoming dates.
    public internal(set) var concerts: [Concert] = []
    /// Index into `dateChoices` of the highlighted date.
    public internal(set) var dateCursor = 0
    /// The performance whose venue is shown.
    public internal(set) var selectedDate: DateID?
    /// The venue overview of `selectedDate`, once loaded.
    public internal(set) var venue: VenueOverview?
    /// Index into the overview's sections of the highlighted section.
    public internal(set) var sectionCursor = 0
    /// The section whose seats are shown.
    public internal(set) var selectedSection: SectionID?
    /// The seats of `selectedSection`, once loaded.
    public internal(set) var section: SectionSeats?
    /// The seat under the cursor: its index in the section's seats (row order).
    public internal(set) var seatCursor = 0
    /// Seats picked with Space, in the order picked.
    public internal(set) var selection: [SeatID] = []
    /// Best available's question, while asked: how many seats and where.
    public internal(set) var bestQuestion: BestAvailableQuestion?
    /// The buyer's live holds.
    public internal(set) var holds: [Hold] = []
    /// Index into `holds` of the highlighted hold on the checkout screen.
    public internal(set) var holdCursor = 0
    /// The buyer's confirmed bookings, newest first.
    public internal(set) var bookings: [Booking] = []
    /// How many confirmed bookings are scrolled past on the bookings screen.
    public internal(set) var bookingsScroll = 0
    /// The last payment's receipt.
    public internal(set) var receipt: Receipt?
    /// The top-up amount as typed: digits only.
    public internal(set) var amountText = ""
    /// Where the top-up field's cursor is: how many digits of `amountText` are before it.
    public internal(set) var amountCursor = 0
    /// A rejected keystroke in the top-up field ("Digits only"), cleared by the next edit.
    public internal(set) var amountKeyError: String?

    /// A fresh client for `user`, before the token is issued. Send the effects of `start()`.
    public init(
        user: String, configuration: EngineConfiguration = EngineConfiguration(), now: Timestamp,
        utcOffsetMinutes: Int = 0, timeZone: String? = nil, language: Language = .english, width: Int = 80,
        height: Int = 24, qaControls: Bool = false
    ) {
        self.user = user
        self.qaControls = qaControls
        self.configuration = configuration
        self.now = now
        self.utcOffsetMinutes = utcOffsetMinutes
        self.language = language
        buyerTimeZone = timeZone ?? ZoneClock.fixedZone(offsetMinutes: utcOffsetMinutes)
        self.width = width
        self.height = height
    }

    /// The text of `key` in the buyer's language, its placeholders filled with `arguments`.
    public func text<Key: CatalogKey>(_ key: Key, _ arguments: any CustomStringConvertible...) -> String {
        Language.fill(language.template(key), with: arguments.map(\.description))
    }

    /// The effects that start the app: join the line, read the balance and existing holds.
    public mutating func start() -> [Effect] {
        inFlight.formUnion([.joiningLine, .loadingBalance, .loadingBookings])
        return [.issueToken(user: user), .loadBalance(user: user), .loadBookings(user: user)]
    }

    /// The token to act with, when it is live and admitted.
    public var activeToken: TokenID? {
        guard let queue, queue.isActive, !tokenExpired, now < queue.expiresAt else { return nil }
        return queue.token
    }

    /// When a hold taken now would end, if that is before a full hold duration: the end of
    /// the shopping time, which no hold outlives (the engine cuts it there too).
    public var holdsCutShortAt: Timestamp? {
        guard activeToken != nil, let ends = queue?.expiresAt, ends - now < configuration.holdDuration else { return nil }
        return ends
    }

    /// Every upcoming date in list order, with its concert.
    public var dateChoices: [(concert: Concert, date: ConcertDate)] {
        concerts.flatMap { concert in concert.dates.map { (concert, $0) } }
    }

    /// How many more seats may be selected: the hold limit minus holds and the selection.
    public var selectionRoom: Int {
        max(0, configuration.holdLimit - holds.count - selection.count)
    }

    /// The sum of the held seats' prices.
    public var holdsTotal: Int64 { holds.reduce(0) { $0 + $1.price } }

    /// Columns left to the screen itself on a terminal `width` wide, beside an open inspector.
    public func mainWidth(forTerminalWidth width: Int) -> Int {
        inspector == nil ? width : width - InspectorPanel.sideWidth(forTerminalWidth: width)
    }

    /// Whether the terminal is too small for the layout.
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}
