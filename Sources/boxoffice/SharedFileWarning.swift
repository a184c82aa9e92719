import BookingEngine
import Foundation
import Logging

/// Shows the engine's shared-file warning (several processes on one file with an affected
/// SQLite) once: in the log and on stderr, never on a client's screen.
actor SharedFileWarning {
    private let engine: BookingEngine
    private let logger: Logger?
    private var shown = false

    init(engine: BookingEngine, logger: Logger? = nil) {
        self.engine = engine
        self.logger = logger
    }

    /// Looks again; prints the warning the first time there is one.
    func check() async {
        guard !shown, let warning = await engine.operatorWarning() else { return }
        shown = true
        logger?.warning("\(warning)")
        FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
    }
}
