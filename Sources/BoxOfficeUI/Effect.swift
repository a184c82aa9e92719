import BookingEngine

/// An engine call the reducer asks for. `EffectRunner` performs it and answers with an
/// `AppAction`; the reducer itself never waits.
public enum Effect: Sendable, Equatable {
    /// Join the line (or get back the live token already held).
    case issueToken(user: String)
    /// Poll the token's place in line.
    case checkQueue(TokenID)
    /// Read the concerts and their upcoming dates.
    case loadConcerts(TokenID)
    /// Read a performance's venue overview.
    case loadVenue(TokenID, DateID)
    /// Read one section of a performance, seat by seat.
    case loadSection(TokenID, DateID, SectionID)
    /// Hold these seats, all or none.
    case hold(TokenID, [SeatID])
    /// Best available: hold `count` seats together (or the nearest split).
    case holdBest(TokenID, DateID, count: Int, section: SectionID?, grade: String?)
    /// Give up these holds.
    case release(TokenID, [ReservationID])
    /// Pay for these holds; `attempt` names this attempt (see `AppState.requestsMade`).
    case pay(TokenID, [ReservationID], attempt: Int)
    /// Add points to the balance; `attempt` names this attempt.
    case charge(user: String, amount: Int64, attempt: Int)
    /// Read the balance.
    case loadBalance(user: String)
    /// Read live holds and confirmed bookings.
    case loadBookings(user: String)
    /// Read the inspector's figures, scheduler times and recent events.
    case loadInspector
    /// Run one scheduler job now, outside its schedule.
    case runJob(EngineScheduler.Job)
    /// Move a QA database's clock forward.
    case advanceClock(Duration)

    /// The in-flight marker this effect sets while it runs.
    public var operation: Operation {
        switch self {
        case .issueToken: .joiningLine
        case .checkQueue: .checkingQueue
        case .loadConcerts: .loadingConcerts
        case .loadVenue: .loadingVenue
        case .loadSection: .loadingSeats
        case .hold, .holdBest: .holding
        case .release: .releasing
        case .pay: .paying
        case .charge: .charging
        case .loadBalance: .loadingBalance
        case .loadBookings: .loadingBookings
        case .loadInspector: .loadingInspector
        case .runJob(let job): .running(job)
        case .advanceClock: .advancingClock
        }
    }
}
