import Logging
import Synchronization

/// Runs the engine's three background jobs at their intervals: admission, token expiry
/// and hold expiry. Safe with several processes running their own schedulers on one
/// file: every job is one immediate transaction, so runs take turns.
///
/// Intervals are measured on `sleeper`, a `Clock` (the continuous clock in the app, a
/// test clock in tests); the jobs' decisions use the engine's own clock.
public final class EngineScheduler: Sendable {
    /// The background jobs.
    public enum Job: String, Sendable, CaseIterable {
        case admission
        case tokenExpiry
        case holdExpiry
    }

    /// What one run of a job did.
    public struct Run: Sendable, Equatable {
        public let job: Job
        public let affected: Int
        public let at: Timestamp
    }

    private let engine: BookingEngine
    private let sleeper: any Clock<Duration>
    private let state = Mutex(Schedule())
    private let onRun: @Sendable (Run) -> Void

    /// The running jobs and when each next runs.
    private struct Schedule {
        var tasks: [Task<Void, Never>] = []
        var nextRuns: [Job: Timestamp] = [:]
    }

    /// `onRun` is told about every run (for logs and the inspector).
    public init(engine: BookingEngine, sleeper: any Clock<Duration> = ContinuousClock(), onRun: @escaping @Sendable (Run) -> Void = { _ in }) {
        self.engine = engine
        self.sleeper = sleeper
        self.onRun = onRun
    }

    /// The interval of a job under the engine's configuration.
    public func interval(of job: Job) -> Duration {
        switch job {
        case .admission: engine.configuration.admissionInterval
        case .tokenExpiry: engine.configuration.tokenSweepInterval
        case .holdExpiry: engine.configuration.holdSweepInterval
        }
    }

    /// Starts every job; each first runs one interval from now. Starting twice does nothing.
    public func start() {
        state.withLock { state in
            guard state.tasks.isEmpty else { return }
            state.tasks = Job.allCases.map { job in
                Task.detached { [self] in
                    while !Task.isCancelled {
                        noteNextRun(of: job)
                        do { try await sleeper.sleep(for: interval(of: job)) } catch { return }
                        _ = try? await runNow(job)
                    }
                }
            }
        }
    }

    /// When `job` next runs by its schedule, in engine-clock time; nil while stopped.
    /// Recorded as the job goes to sleep, so a moved QA clock shows it as due early.
    public func nextRun(of job: Job) -> Timestamp? {
        state.withLock { $0.nextRuns[job] }
    }

    /// Records that `job` sleeps one interval from now, unless the jobs were stopped meanwhile.
    private func noteNextRun(of job: Job) {
        let moment = engine.now() + interval(of: job)
        state.withLock { state in
            guard !state.tasks.isEmpty, !Task.isCancelled else { return }
            state.nextRuns[job] = moment
        }
    }

    /// Stops every job. A run in progress finishes its transaction.
    public func stop() {
        let running = state.withLock { state in
            defer { state = Schedule() }
            return state.tasks
        }
        running.forEach { $0.cancel() }
    }

    /// Whether the jobs are running.
    public var isRunning: Bool { state.withLock { !$0.tasks.isEmpty } }

    /// Runs one job now, outside its schedule.
    @discardableResult
    public func runNow(_ job: Job) async throws(BookingError) -> Run {
        let affected: Int
        switch job {
        case .admission: affected = try await engine.runAdmission()
        case .tokenExpiry: affected = try await engine.sweepExpiredTokens()
        case .holdExpiry: affected = try await engine.releaseExpiredHolds()
        }
        let run = Run(job: job, affected: affected, at: engine.now())
        if affected > 0 { engine.logger.info("\(job.rawValue) run affected \(affected)") }
        onRun(run)
        return run
    }
}
