/// What every transaction reads first: the database's policy, its clock and the line's
/// counters. Each store keeps it in one place (one row per part in SQL) and hands it over
/// as it was at the start of the transaction.
public struct StoredState: Sendable, Equatable {
    public var policy: EngineConfiguration
    public var clock: StoredClock
    public var line: LineCounters

    public init(policy: EngineConfiguration, clock: StoredClock, line: LineCounters) {
        self.policy = policy
        self.clock = clock
        self.line = line
    }
}

/// The database's clock (see `EngineTime`).
public struct StoredClock: Sendable, Equatable {
    /// The latest engine time a write recorded, in milliseconds since 1970.
    public var recorded: Int64
    /// How far line time runs behind engine time: the clock jumps the line absorbed.
    public var lineLag: Int64
    /// A QA database's offset from real time; nil on a database not in QA mode.
    public var qaOffset: Int64?

    public init(recorded: Int64, lineLag: Int64 = 0, qaOffset: Int64? = nil) {
        self.recorded = recorded
        self.lineLag = lineLag
        self.qaOffset = qaOffset
    }
}

/// The waiting line's counters (see `QueueLine` for what they mean together).
public struct LineCounters: Sendable, Equatable {
    /// The number the next token gets; numbers are never issued twice.
    public var nextNumber: Int64
    /// Admission's high-water mark: no live waiter is numbered at or below it.
    public var admittedThrough: Int64
    /// Lapses in the lapse tree numbered at or below `admittedThrough`.
    public var lapsesAdmittedPast: Int64
    /// Every lapse ever added to the lapse tree.
    public var lapsesCounted: Int64
    /// Line time up to which every lapsed waiter has been counted out.
    public var lapseMark: Int64

    public init(nextNumber: Int64 = 1, admittedThrough: Int64 = 0, lapsesAdmittedPast: Int64 = 0, lapsesCounted: Int64 = 0, lapseMark: Int64 = 0) {
        self.nextNumber = nextNumber
        self.admittedThrough = admittedThrough
        self.lapsesAdmittedPast = lapsesAdmittedPast
        self.lapsesCounted = lapsesCounted
        self.lapseMark = lapseMark
    }
}
