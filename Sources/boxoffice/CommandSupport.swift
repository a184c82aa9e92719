import ArgumentParser
import BookingEngine
import Foundation
import Logging

/// What the one-shot commands share: opening an existing database, printing JSON.
enum CommandSupport {
    /// Opens the existing database at `database` for `command` (a name for the log), asking
    /// for `policy` (refused where it differs from the stored one); a missing or unusable
    /// file and a booking error become clean exits. The shared-file warning, if any, goes to
    /// the log.
    static func openEngine(
        _ database: DatabaseOption, policy: PolicyRequest = PolicyRequest(), for command: String,
        clock: any EngineClock = SystemClock()
    ) async throws -> BookingEngine {
        try DatabaseTarget.requireExisting(database.path)
        let engine: BookingEngine
        do {
            engine = try await DatabaseTarget.open(database.path, creation: .existingOnly, policy: policy, clock: clock)
        } catch {
            throw CommandFailure(error)
        }
        let logger = Logger(label: "boxoffice.command")
        logger.info("\(command) on \(DatabaseTarget.shown(database.path)), \(engine.storageDescription ?? "unknown storage")")
        await SharedFileWarning(engine: engine, logger: logger).check()
        return engine
    }

    static func printJSON(_ value: some Encodable) throws {
        print(try JSONFormat.line(value))
    }
}
