import BookingEngine
import Foundation

/// Lines filled once and copied for each benchmark that needs one: a fill of a million
/// waiters is millions of engine calls, and several benchmarks start from the same line.
/// The harness runs each benchmark in a process of its own, so when
/// `BOXOFFICE_BENCH_TEMPLATES` names a folder (the scripts give each run a new one), a
/// filled line is kept there for the benchmarks after it; otherwise in a folder of this
/// process's, removed when it exits. Each fill is timed and noted in `latencies.txt`
/// (`LatencyLog.note`).
public actor LineTemplates {
    public static let shared = LineTemplates()

    /// A filled line: its database file (to copy, never to open) and its tokens.
    public struct Template: Sendable {
        public let path: String
        public let tokens: [TokenID]
    }

    private var made: [String: Template] = [:]

    /// The template for `fill`, filled now unless this process or the folder has it.
    public func template(_ fill: LineFill) async throws -> Template {
        let key = "\(fill.size)-\(fill.lapseEvery ?? 0)-\(fill.policy.activeCapacity)-\(fill.policy.waitingTokenLifetime.wholeSeconds)"
        if let template = made[key] { return template }
        let folder = ProcessInfo.processInfo.environment["BOXOFFICE_BENCH_TEMPLATES"] ?? Self.processFolder
        let path = (folder as NSString).appendingPathComponent("line-\(key).sqlite")
        if let tokens = try? String(contentsOfFile: path + ".tokens", encoding: .utf8) {
            let template = Template(path: path, tokens: tokens.split(separator: "\n").map { TokenID(rawValue: String($0)) })
            made[key] = template
            return template
        }
        let clock = ManualClock(start: LineFill.start)
        let database = try await BenchDatabase(
            name: "fill\(fill.size)", policy: fill.policy, clock: clock, keepAliveWrites: .batched(after: .seconds(1)))
        let (tokens, report) = try await fill.make(on: database.engine, clock: clock)
        let lapsing = fill.lapseEvery.map { "every \($0)th lapsing" } ?? "none lapsing"
        LatencyLog.note("fill of \(fill.size) waiting (\(lapsing)): \(report)")
        try BenchDatabase.backup(database.path, to: path)
        try tokens.map(\.rawValue).joined(separator: "\n").write(toFile: path + ".tokens", atomically: true, encoding: .utf8)
        let template = Template(path: path, tokens: tokens)
        made[key] = template
        return template
    }

    /// This process's folder for templates, made on first use and removed at exit.
    private static let processFolder: String = {
        let base = ProcessInfo.processInfo.environment["BOXOFFICE_BENCH_DIR"] ?? NSTemporaryDirectory()
        let folder = (base as NSString).appendingPathComponent("boxoffice-bench-templates-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: LineTemplates.processFolder) }
        return folder
    }()
}

extension Duration {
    /// Whole seconds, rounded down.
    var wholeSeconds: Int64 { components.seconds }
}
