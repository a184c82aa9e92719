import Foundation
import Synchronization

/// Latencies gathered over a benchmark's run (the harness reports whole percentiles only,
/// so p99.9 is computed here), written out when the benchmark ends.
public final class LatencyLog: Sendable {
    private let latencies = Mutex(Latencies())
    private let rate = Mutex<Double?>(nil)

    public init() {}

    /// Records the durations of calls timed by the caller.
    public func record(_ durations: [Duration]) {
        latencies.withLock { current in
            for duration in durations { current.record(duration) }
        }
    }

    /// Records the run's calls per second of wall time.
    public func note(rate callsPerSecond: Double) {
        rate.withLock { $0 = callsPerSecond }
    }

    /// Appends `label`, the rate and the summary as one line to `latencies.txt` (see
    /// `note`), then forgets them.
    public func flush(label: String) {
        let summary = latencies.withLock { current in
            defer { current = Latencies() }
            return current.summary
        }
        let perSecond = rate.withLock { rate in
            defer { rate = nil }
            return rate.map { " \(Int($0.rounded()))/s" } ?? ""
        }
        Self.note("\(label)\t\(summary)\(perSecond)")
    }

    /// Prints one line and appends it to `latencies.txt` in the folder named by
    /// `BOXOFFICE_BENCH_RESULTS` (nowhere else when that is unset).
    public static func note(_ line: String) {
        FileHandle.standardOutput.write(Data("note: \(line)\n".utf8))
        guard let folder = ProcessInfo.processInfo.environment["BOXOFFICE_BENCH_RESULTS"] else { return }
        let path = (folder as NSString).appendingPathComponent("latencies.txt")
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        handle.seekToEndOfFile()
        handle.write(Data("\(line)\n".utf8))
        try? handle.close()
    }
}
