import BookingEngine

/// What the inspector panel shows, read from the engine in one go by `.loadInspector`.
public struct InspectorReport: Sendable, Equatable {
    /// The line, capacity, holds and seats per upcoming performance.
    public let snapshot: EngineSnapshot
    /// When each scheduler job runs next (engine-clock time); nil when the client runs
    /// no scheduler, and a job is missing while the scheduler is stopped.
    public let nextRuns: [EngineScheduler.Job: Timestamp]?
    /// The engine's latest events, newest first.
    public let events: [EngineEvent]
    /// How far the QA clock runs ahead of real time; nil when the database is not in QA mode.
    public let qaClockOffset: Duration?
    /// The engine's warning about several processes sharing the file on an affected SQLite:
    /// for operators, so shown here and never in a buyer's status line.
    public let sharedFileWarning: String?

    public init(snapshot: EngineSnapshot, nextRuns: [EngineScheduler.Job: Timestamp]?, events: [EngineEvent],
                qaClockOffset: Duration?, sharedFileWarning: String? = nil) {
        self.snapshot = snapshot
        self.nextRuns = nextRuns
        self.events = events
        self.qaClockOffset = qaClockOffset
        self.sharedFileWarning = sharedFileWarning
    }

    /// Whether the database runs on a QA clock that can be moved.
    public var isQAMode: Bool { qaClockOffset != nil }
}

/// The QA/demo inspector panel while it is open: the latest report and its refresh schedule.
public struct InspectorPanel: Sendable, Equatable {
    /// How often the open panel reads the engine again.
    public static let refreshInterval: Duration = .seconds(2)
    /// How many recent events a report carries.
    public static let eventCount = 30
    /// Points added by the panel's charge key.
    public static let chargeAmount: Int64 = 10_000
    /// Moving the clock of a database that is not in QA mode.
    public static let notQAMode = BookingError.invalidRequest(.notQAMode)

    /// Reading the engine of a server, which the inspector cannot.
    public static let notLocal = BookingError.invalidRequest(.inspectorNeedsLocalDatabase)

    /// Terminals at least this wide show the open panel beside the screen; narrower ones over it.
    public static let sideBySideMinimumWidth = 116

    /// Columns the open panel takes beside the screen on a terminal `width` wide; 0 when it
    /// is drawn over the screen instead.
    public static func sideWidth(forTerminalWidth width: Int) -> Int {
        width >= sideBySideMinimumWidth ? min(56, width - 76) : 0
    }

    /// The latest report; nil until the first read returns.
    public internal(set) var report: InspectorReport?
    /// When the panel next reads the engine; nil while a read is in flight.
    public internal(set) var nextRefreshAt: Timestamp?
}
