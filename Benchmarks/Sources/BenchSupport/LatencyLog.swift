import Foundation
import Synchronization

/// Latencies gathered across a benchmark's iterations (the harness reports whole
/// percentiles only, so p99.9 is computed here), written out when the benchmark ends.
public final class LatencyLog: Sendable {
    private let latencies = Mutex(Latencies())

    public init() {}

    /// Records the durations of calls timed by the caller.
    public func record(_ durations: [Duration]) {
        latencies.withLock { current in
            for duration in durations { current.record(duration) }
        }
    }

    /// Appends `label` and the summary as one line to `latencies.txt` in the folder named by
    /// `BOXOFFICE_BENCH_RESULTS` (nothing when unset), then forgets the samples.
    public func flush(label: String) {
        let summary = latencies.withLock { current in
            defer { current = Latencies() }
            return current.summary
        }
        Self.note("\(label)\t\(summary)")
    }

    /// Appends one line to `latencies.txt` in `BOXOFFICE_BENCH_RESULTS` (nothing when unset).
    public static func note(_ line: String) {
        guard let folder = ProcessInfo.processInfo.environment["BOXOFFICE_BENCH_RESULTS"] else { return }
        let path = (folder as NSString).appendingPathComponent("latencies.txt")
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        handle.seekToEndOfFile()
        handle.write(Data("\(line)\n".utf8))
        try? handle.close()
    }
}
