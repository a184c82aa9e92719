import BookingEngine

/// Performs effects through a `BookingClient` and reports each outcome as an action for
/// `reduce`.
///
/// Every engine error becomes `.engineFailed(operation, error)`, so nothing an effect does
/// can crash the client; the loop simply feeds the returned action back into `reduce`.
public struct EffectRunner: Sendable {
    /// What the effects call: the engine here, or a server.
    public let client: any BookingClient
    /// The scheduler running the engine's jobs in this process, if any: the inspector runs
    /// jobs through it (so its `onRun` hears of them) and shows when each runs next.
    public let scheduler: EngineScheduler?

    /// What this client's request keys start with: random, so keys never meet another
    /// client's; each attempt adds its number (`AppState.requestsMade`).
    let requestKeyPrefix: String

    /// A runner for `client`. Without a `scheduler`, the inspector runs jobs through the
    /// engine directly and shows no next-run times.
    public init(client: any BookingClient, scheduler: EngineScheduler? = nil) {
        self.client = client
        self.scheduler = scheduler
        requestKeyPrefix = IdempotencyKey.random().value
    }

    /// A runner for an engine in this process.
    public init(engine: BookingEngine, scheduler: EngineScheduler? = nil) {
        self.init(client: LocalBookingClient(engine: engine), scheduler: scheduler)
    }

    /// The request key of attempt `attempt` of this client.
    private func requestKey(_ attempt: Int) throws(BookingError) -> IdempotencyKey {
        try IdempotencyKey("\(requestKeyPrefix)-\(attempt)")
    }

    /// Runs `effect` to completion and returns what happened.
    public func run(_ effect: Effect) async -> AppAction {
        do {
            return try await perform(effect)
        } catch {
            return .engineFailed(effect.operation, error)
        }
    }

    private func perform(_ effect: Effect) async throws(BookingError) -> AppAction {
        switch effect {
        case .issueToken(let user):
            return .tokenIssued(try await client.issueToken(user: user))
        case .checkQueue(let token):
            return .queueChecked(try await client.queueStatus(token: token), nextAdmissionAt: scheduler?.nextRun(of: .admission))
        case .loadConcerts(let token):
            return .concertsLoaded(try await client.concerts(token: token))
        case .loadVenue(let token, let date):
            return .venueLoaded(try await client.venueOverview(token: token, date: date))
        case .loadSection(let token, let date, let section):
            return .sectionLoaded(try await client.sectionSeats(token: token, date: date, section: section))
        case .hold(let token, let seats):
            return .seatsHeld(try await client.hold(token: token, seats: seats))
        case .holdBest(let token, let date, let count, let section, let grade):
            return .seatsHeld(try await client.holdBest(token: token, date: date, count: count, section: section, grade: grade))
        case .release(let token, let reservations):
            for reservation in reservations {
                try await client.release(token: token, reservation: reservation)
            }
            return .holdsReleased(reservations)
        case .pay(let token, let reservations, let attempt):
            return .paymentCompleted(try await client.pay(token: token, reservations: reservations, key: requestKey(attempt)))
        case .charge(let user, let amount, let attempt):
            return .pointsCharged(amount: amount, balance: try await client.charge(user: user, amount: amount, key: requestKey(attempt)))
        case .loadBalance(let user):
            return .balanceLoaded(try await client.balance(user: user))
        case .loadBookings(let user):
            let (holds, bookings) = try await client.holdsAndBookings(user: user)
            return .bookingsLoaded(holds: holds, bookings: bookings)
        case .loadInspector:
            return .inspectorLoaded(try await inspectorReport(engine: localEngine()))
        case .runJob(let job):
            return .jobRan(job, affected: try await run(job, engine: localEngine()))
        case .advanceClock(let duration):
            let engine = try localEngine()
            guard engine.isQAMode else { throw InspectorPanel.notQAMode }
            return .clockAdvanced(by: duration, now: try await engine.advanceClock(by: duration))
        }
    }

    /// The engine in this process, which the inspector reads; a client of a server has none.
    private func localEngine() throws(BookingError) -> BookingEngine {
        guard let engine = client.localEngine else {
            throw InspectorPanel.notLocal
        }
        return engine
    }

    private func inspectorReport(engine: BookingEngine) async throws(BookingError) -> InspectorReport {
        let snapshot = try await engine.snapshot()
        let nextRuns = scheduler.map { scheduler in
            EngineScheduler.Job.allCases.reduce(into: [EngineScheduler.Job: Timestamp]()) { runs, job in
                runs[job] = scheduler.nextRun(of: job)
            }
        }
        return InspectorReport(snapshot: snapshot, nextRuns: nextRuns, events: try await engine.recentEvents(InspectorPanel.eventCount),
                               qaClockOffset: try await engine.qaClockOffset(), sharedFileWarning: await engine.operatorWarning())
    }

    private func run(_ job: EngineScheduler.Job, engine: BookingEngine) async throws(BookingError) -> Int {
        if let scheduler { return try await scheduler.runNow(job).affected }
        switch job {
        case .admission: return try await engine.runAdmission()
        case .tokenExpiry: return try await engine.sweepExpiredTokens()
        case .holdExpiry: return try await engine.releaseExpiredHolds()
        }
    }
}
