import BookingEngine
import Foundation
import GRDB

/// A database file in its own temporary folder, opened the way the product opens it
/// (`BookingEngine.open`), and removed with the folder when the value goes away.
public final class BenchDatabase: Sendable {
    public let folder: String
    public let path: String
    public let engine: BookingEngine

    /// A new file with `policy`; it starts with the demo catalog like any new database.
    public init(
        name: String, policy: EngineConfiguration = .bench(), clock: any EngineClock = SystemClock(),
        keepAliveWrites: KeepAliveWrites = .immediate
    ) async throws {
        (folder, path) = try Self.makeFolder(name)
        engine = try await BookingEngine.open(
            path: path, policy: PolicyRequest(everything: policy), clock: clock, keepAliveWrites: keepAliveWrites)
    }

    /// A new file with `policy` and the demo catalog, its SQLite store seen by the engine
    /// through `wrap` (a benchmark's change to how the store runs transactions).
    public init(name: String, policy: EngineConfiguration, wrap: (SQLiteBookingStore) -> any BookingStore) async throws {
        (folder, path) = try Self.makeFolder(name)
        let store = try SQLiteBookingStore(path: path, policy: policy)
        engine = try await BookingEngine(store: wrap(store))
        _ = try await engine.seedCatalogIfNew()
    }

    /// A copy of the database at `source` (`backup`), opened with its stored policy.
    public init(
        name: String, copying source: String, clock: any EngineClock, keepAliveWrites: KeepAliveWrites = .immediate
    ) async throws {
        (folder, path) = try Self.makeFolder(name)
        try Self.backup(source, to: path)
        engine = try await BookingEngine.open(path: path, clock: clock, keepAliveWrites: keepAliveWrites)
    }

    /// Another engine (its own connections) on the same file, as a second client process has.
    public func secondEngine(clock: any EngineClock) async throws -> BookingEngine {
        try await BookingEngine.open(path: path, clock: clock)
    }

    /// Copies the database at `source` to a new file at `destination` with SQLite's online
    /// backup: a consistent snapshot, whatever the source's connections are doing.
    public static func backup(_ source: String, to destination: String) throws {
        let from = try DatabaseQueue(path: source)
        let to = try DatabaseQueue(path: destination)
        try from.backup(to: to)
        try from.close()
        try to.close()
    }

    private static func makeFolder(_ name: String) throws -> (folder: String, path: String) {
        let base = ProcessInfo.processInfo.environment["BOXOFFICE_BENCH_DIR"] ?? NSTemporaryDirectory()
        let folder = (base as NSString).appendingPathComponent("boxoffice-bench-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return (folder, (folder as NSString).appendingPathComponent("bench.sqlite"))
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }
}

extension EngineConfiguration {
    /// The defaults (SPEC.md's), with room for `capacity` buyers shopping at once.
    public static func bench(capacity: Int = 30) -> EngineConfiguration {
        var policy = EngineConfiguration()
        policy.activeCapacity = capacity
        return policy
    }
}
