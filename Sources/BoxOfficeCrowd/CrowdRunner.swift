import BookingEngine
import Synchronization

/// Runs a `CrowdSimulation` in real time on a background task, next to whatever else
/// uses the engine (an interactive buyer, the inspector, other processes).
///
/// "Now" is the engine's clock; between actions the runner sleeps on `sleeper` until the
/// next buyer is due (at most `idleCheck` at a time). Up to `concurrency` actions run at
/// once, so a slow call never stalls the whole crowd; one buyer never runs two actions
/// at once.
public final class CrowdRunner: Sendable {
    /// The crowd being run.
    public let simulation: CrowdSimulation
    private let sleeper: any Clock<Duration>
    private let concurrency: Int
    private let idleCheck: Duration
    private let current = Mutex<(task: Task<Void, Never>?, generation: Int)>((nil, 0))

    /// A runner for `simulation`, sleeping on `sleeper` (the continuous clock in the app).
    public init(
        simulation: CrowdSimulation,
        sleeper: any Clock<Duration> = ContinuousClock(),
        concurrency: Int = 8,
        idleCheck: Duration = .seconds(1)
    ) {
        self.simulation = simulation
        self.sleeper = sleeper
        self.concurrency = max(1, concurrency)
        self.idleCheck = idleCheck
    }

    /// Starts the crowd in the background. Starting while running does nothing.
    public func start() {
        current.withLock { current in
            guard current.task == nil else { return }
            current.generation += 1
            let generation = current.generation
            current.task = Task.detached { [self] in await run(generation: generation) }
        }
    }

    /// Stops the crowd; actions in progress finish their engine call. The crowd can be
    /// started again later and carries on where it stopped.
    public func stop() {
        detach()?.cancel()
    }

    /// Stops the crowd and waits until no action is in progress.
    public func stopAndWait() async {
        let running = detach()
        running?.cancel()
        await running?.value
    }

    /// Waits until the crowd stops: every journey over, or `stop()` called.
    public func wait() async {
        let running = current.withLock { $0.task }
        await running?.value
    }

    /// Whether the background task is running (it ends by itself when every journey is over).
    public var isRunning: Bool {
        current.withLock { $0.task != nil }
    }

    /// The crowd's figures so far.
    public var statistics: CrowdStatistics { simulation.statistics }

    /// Forgets the running task and returns it.
    private func detach() -> Task<Void, Never>? {
        current.withLock { current in
            defer { current.task = nil }
            return current.task
        }
    }

    private func run(generation: Int) async {
        await withTaskGroup(of: Void.self) { group in
            var running = 0
            while !Task.isCancelled {
                let now = simulation.engine.now()
                let batch = simulation.takeDue(at: now, limit: concurrency - running)
                for buyer in batch {
                    group.addTask { [simulation] in await simulation.perform(buyer) }
                }
                running += batch.count
                if running > 0, running == concurrency || batch.isEmpty {
                    await group.next()
                    running -= 1
                    continue
                }
                if !batch.isEmpty { continue }
                guard let due = simulation.nextActionAt else { break }
                let wait = min(max(due - now, .milliseconds(1)), idleCheck)
                do { try await sleeper.sleep(for: wait) } catch { break }
            }
            await group.waitForAll()
        }
        current.withLock { current in
            if current.generation == generation { current.task = nil }
        }
    }
}
