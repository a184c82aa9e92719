import BookingEngine
import Foundation

/// A new database file in its own temporary folder, opened the way the product opens it
/// (`BookingEngine.open`: WAL, synchronous=NORMAL, busy timeout, migrations), and removed
/// with the folder when the value goes away.
public final class BenchDatabase: Sendable {
    public let folder: String
    public let path: String
    public let engine: BookingEngine

    /// Opens a fresh file; it starts with the demo catalog like any new database.
    public init(name: String, configuration: EngineConfiguration, clock: any EngineClock = SystemClock()) async throws {
        let base = ProcessInfo.processInfo.environment["BOXOFFICE_BENCH_DIR"] ?? NSTemporaryDirectory()
        folder = (base as NSString).appendingPathComponent("boxoffice-bench-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = (folder as NSString).appendingPathComponent("bench.sqlite")
        engine = try await BookingEngine.open(path: path, configuration: configuration, clock: clock)
    }

    /// Another engine (its own connection pool) on the same file, as a second client would have.
    public func secondEngine(clock: any EngineClock) async throws -> BookingEngine {
        try await BookingEngine.open(path: path, configuration: engine.configuration, clock: clock)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }
}

extension EngineConfiguration {
    /// The defaults, with room for `capacity` buyers shopping at once.
    public static func bench(capacity: Int = 30) -> EngineConfiguration {
        var configuration = EngineConfiguration()
        configuration.activeCapacity = capacity
        return configuration
    }
}
