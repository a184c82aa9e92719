import ArgumentParser
import BookingEngine
import Foundation

/// What the one-shot commands share: opening the engine, printing JSON, reporting errors.
enum CommandSupport {
    /// Opens the engine the options describe; a booking error becomes a clean exit. Warns on
    /// stderr when another process shares the file on an affected SQLite.
    static func openEngine(
        _ options: EngineOptions, creation: DatabaseCreation = .existingOnly, clock: any EngineClock = SystemClock()
    ) async throws -> BookingEngine {
        let engine: BookingEngine
        do {
            engine = try await BookingEngine.open(path: options.databasePath, creation: creation, policy: options.policyRequest(), clock: clock)
        } catch {
            throw CommandFailure(error)
        }
        await SharedFileWarning(engine: engine).check()
        return engine
    }

    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}

/// A booking error reported on the command line: its message on stderr and exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let error: BookingError

    init(_ error: BookingError) {
        self.error = error
    }

    var description: String { "\(error.message) [\(error.code)]" }
}

/// A failure explained in one sentence on stderr, exit status 1.
struct ExitMessage: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
