import BookingEngine
import Synchronization

/// A crowd of simulated buyers as a discrete-event simulation over a `BookingEngine`.
///
/// Every buyer has a next action time. `step(until:clock:)` performs every action due up
/// to a moment, one at a time in time order, moving a `ManualClock` to each action's
/// time: deterministic, for tests and replays. `CrowdRunner` drives the same simulation
/// in real time. Buyers use only the engine's public API, like real buyers.
public final class CrowdSimulation: Sendable {
    /// The engine the buyers shop on.
    public let engine: BookingEngine
    /// How the crowd behaves.
    public let configuration: CrowdConfiguration

    private struct State {
        var due = DueQueue()
        var inFlight = 0
        var statistics = CrowdStatistics()
    }

    private let state: Mutex<State>
    private let onEvent: @Sendable (CrowdEvent) -> Void

    /// A crowd whose arrivals are spread over `configuration.arrivalWindow` from `start`
    /// (the engine's current time when nil). `onEvent` hears about everything buyers do,
    /// in order per buyer; it is called on the simulation's task, so keep it quick.
    public init(
        engine: BookingEngine,
        configuration: CrowdConfiguration = CrowdConfiguration(),
        start: Timestamp? = nil,
        onEvent: @escaping @Sendable (CrowdEvent) -> Void = { _ in }
    ) {
        self.engine = engine
        self.configuration = configuration
        self.onEvent = onEvent
        let start = start ?? engine.now()
        var initial = State()
        for offset in 0..<max(0, configuration.buyers) {
            initial.due.insert(Buyer(index: configuration.firstIndex + offset, configuration: configuration, start: start))
        }
        state = Mutex(initial)
    }

    /// The figures so far: a copy, safe to read from any thread at any time.
    public var statistics: CrowdStatistics {
        state.withLock { $0.statistics }
    }

    /// When the next buyer acts, or nil when every journey is over or in progress.
    public var nextActionAt: Timestamp? {
        state.withLock { $0.due.nextActionAt }
    }

    /// Whether every buyer's journey is over.
    public var isFinished: Bool {
        state.withLock { $0.due.isEmpty && $0.inFlight == 0 }
    }

    /// Performs, one after another in time order, every action due up to `moment`,
    /// setting `clock` to each action's time first (never back), and finally to `moment`.
    /// Returns how many actions were performed.
    @discardableResult
    public func step(until moment: Timestamp, clock: ManualClock) async -> Int {
        var performed = 0
        while let buyer = takeDue(at: moment, limit: 1).first {
            if buyer.nextActionAt > clock.now() { clock.set(to: buyer.nextActionAt) }
            await perform(buyer)
            performed += 1
        }
        if moment > clock.now() { clock.set(to: moment) }
        return performed
    }

    /// Takes out up to `limit` buyers due at `now`, earliest first, marking them busy.
    func takeDue(at now: Timestamp, limit: Int) -> [Buyer] {
        state.withLock { state in
            var taken: [Buyer] = []
            while taken.count < limit, let buyer = state.due.popDue(at: now) {
                taken.append(buyer)
            }
            state.inFlight += taken.count
            return taken
        }
    }

    /// Performs `buyer`'s next action, then files the outcome and reschedules them.
    func perform(_ buyer: Buyer) async {
        var buyer = buyer
        let turn = await buyer.act(engine: engine, configuration: configuration)
        let finished = buyer
        state.withLock { state in
            state.inFlight -= 1
            state.statistics.actions += turn.calls
            turn.events.forEach { state.statistics.record($0) }
            if finished.isDone {
                state.statistics.finishedBuyers += 1
            } else {
                state.due.insert(finished)
            }
        }
        turn.events.forEach(onEvent)
    }
}
