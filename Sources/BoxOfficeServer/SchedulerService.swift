import BookingEngine
import Logging
import ServiceLifecycle

/// The engine's schedulers (admission, token sweep, hold sweep) as a service of the
/// server: started with it, stopped when it shuts down.
struct SchedulerService: Service {
    let engine: BookingEngine
    let logger: Logger

    func run() async throws {
        let scheduler = EngineScheduler(engine: engine) { [logger] run in
            if run.affected > 0 { logger.info("\(run.job.rawValue) affected \(run.affected)") }
        }
        scheduler.start()
        defer { scheduler.stop() }
        try? await gracefulShutdown()
    }
}
