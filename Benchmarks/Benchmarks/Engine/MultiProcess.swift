import Benchmark
import BenchSupport
import BookingEngine
import Foundation

/// B10: 4 processes (`bench-hold-worker`) holding seats on one stadium file at once.
/// Each worker admits its own buyers, waits for a common start time, runs its attempts
/// and prints its counts; throughput is all holds over the span from the common start
/// to the last worker's end. Busy errors are storage failures that report a busy file.
/// Afterwards the engine's audit must find no seat taken twice (nor any other broken invariant).
func multiProcessBenchmarks() {
    let processes = 4
    let attempts = BenchSizes.pick(8_000, smoke: 20)
    let prepared = SetupBox<BenchDatabase>()
    Benchmark(
        "B10 holds by \(processes) processes",
        configuration: .init(
            metrics: [.wallClock, figure("holds/s", largerIsBetter: true), figure("holds"), figure("refused unavailable"),
                      figure("busy"), figure("other errors")],
            timeUnits: .milliseconds, warmupIterations: 0, maxIterations: 1),
        closure: { benchmark in
            let database = prepared.value
            let startAt = Date().timeIntervalSince1970 + BenchSizes.pick(8, smoke: 4).double
            let workers = try (0..<processes).map { index in
                try WorkerProcess(
                    database: database.path, index: index, attempts: attempts,
                    buyers: BenchSizes.pick(3_000, smoke: 10), startAt: startAt)
            }
            var total = HoldCounts()
            var lastEnd = startAt
            for worker in workers {
                let report = try worker.wait()
                total = total + report.counts
                lastEnd = max(lastEnd, report.endedAt)
            }
            try await Shoppers.audit(database.engine)
            benchmark.measurement(figure("holds/s", largerIsBetter: true), Int(Double(total.held) / (lastEnd - startAt)))
            benchmark.measurement(figure("holds"), total.held)
            benchmark.measurement(figure("refused unavailable"), total.unavailable)
            benchmark.measurement(figure("busy"), total.busy)
            benchmark.measurement(figure("other errors"), total.other)
            LatencyLog.note("B10: \(Int(Double(total.held) / (lastEnd - startAt))) holds/s, \(total) in \(Int((lastEnd - startAt) * 1000)) ms")
        },
        setup: {
            let database = try await BenchDatabase(name: "b10", policy: .bench(capacity: 100_000))
            try await database.engine.loadCatalog(
                text: StadiumCatalog.text())
            prepared.set(database)
        },
        teardown: { prepared.set(nil) })
}

extension Int {
    var double: Double { Double(self) }
}

/// A running `bench-hold-worker` and the report it prints as JSON on its last line.
struct WorkerProcess {
    let process: Process
    let output: Pipe

    /// The worker binary: `BOXOFFICE_BENCH_WORKER`, else beside this benchmark's executable.
    static var executable: String {
        if let path = ProcessInfo.processInfo.environment["BOXOFFICE_BENCH_WORKER"] { return path }
        let here = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        return here.appendingPathComponent("bench-hold-worker").path
    }

    init(database: String, index: Int, attempts: Int, buyers: Int, startAt: Double) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = [database, "\(index)", "\(attempts)", "\(buyers)", "\(startAt)"]
        output = Pipe()
        process.standardOutput = output
        try process.run()
    }

    func wait() throws -> WorkerReport {
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw WorkerFailure.exited(process.terminationStatus) }
        return try JSONDecoder().decode(WorkerReport.self, from: data)
    }
}

/// A worker process that did not finish cleanly.
enum WorkerFailure: Error {
    case exited(Int32)
}
