import BookingEngine
import Logging

/// Logs the engine's shared-file warning (several processes on one file with an affected
/// SQLite) once. It is for operators: `status` and the inspector show it too, never a
/// buyer's screen.
actor SharedFileWarning {
    private let engine: BookingEngine
    private let logger: Logger
    private var shown = false

    init(engine: BookingEngine, logger: Logger) {
        self.engine = engine
        self.logger = logger
    }

    /// Looks again; logs the warning the first time there is one.
    func check() async {
        guard !shown, let warning = await engine.operatorWarning() else { return }
        shown = true
        logger.warning("\(warning)")
    }
}
