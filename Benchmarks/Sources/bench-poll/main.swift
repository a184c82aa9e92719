import BenchSupport
import BookingEngine
import Dispatch
import Foundation

// B3's deterministic measure: instructions per position read, counted by
// `valgrind --tool=callgrind` around this program (scripts/bench-callgrind).
//
//   bench-poll prepare SIZE PATH   makes B3's line of SIZE (`LineFill`, every 20th lapsed)
//                                  in a new database at PATH, sweeps the lapsed waiters
//                                  (so that no read counts lapses itself) and writes the
//                                  tokens to PATH.tokens
//   bench-poll poll SIZE PATH N    opens PATH at the moment the line is ready and reads
//                                  the places of N waiters spread over the line
//   bench-poll issue N PATH        opens a new database at PATH (B1's policy) and issues
//                                  N tokens, one per new buyer (B1's call)
//
// Run natively for `prepare`; under callgrind, two `poll` runs with different N give the
// instructions of the reads alone, everything else being the same in both.
//
// The main thread waits on a semaphore rather than in an async `main`: that one parks the
// main thread in `dispatch_main`, whose `sigsuspend` valgrind 3.19 crashes on.
let usage = "usage: bench-poll prepare SIZE PATH | bench-poll poll SIZE PATH N | bench-poll issue N PATH\n"

/// What to do, from the arguments.
enum Mode {
    case prepare(size: Int, path: String)
    case poll(size: Int, path: String, reads: Int)
    case issue(tokens: Int, path: String)

    init?(_ arguments: [String]) {
        guard arguments.count >= 4, let size = Int(arguments[2]) else { return nil }
        switch (arguments[1], arguments.count) {
        case ("prepare", 4): self = .prepare(size: size, path: arguments[3])
        case ("poll", 5): guard let reads = Int(arguments[4]) else { return nil }
            self = .poll(size: size, path: arguments[3], reads: reads)
        case ("issue", 4): self = .issue(tokens: size, path: arguments[3])
        default: return nil
        }
    }
}

func prepare(size: Int, path: String) async throws {
    let fill = LineFill(size: size, lapseEvery: 20)
    let clock = ManualClock(start: LineFill.start)
    let engine = try await BookingEngine.open(
        path: path, policy: PolicyRequest(everything: fill.policy), clock: clock, keepAliveWrites: .batched(after: .seconds(1)))
    let (tokens, report) = try await fill.make(on: engine, clock: clock)
    clock.set(to: fill.readyAt)
    let swept = try await engine.sweepExpiredTokens()
    try await fill.verify(tokens, on: engine, samples: 200)
    try tokens.map(\.rawValue).joined(separator: "\n").write(toFile: path + ".tokens", atomically: true, encoding: .utf8)
    print("prepared \(path): \(report); swept \(swept)")
}

func poll(size: Int, path: String, reads: Int) async throws {
    let fill = LineFill(size: size, lapseEvery: 20)
    let tokens = try String(contentsOfFile: path + ".tokens", encoding: .utf8).split(separator: "\n").map { TokenID(rawValue: String($0)) }
    let engine = try await BookingEngine.open(path: path, clock: ManualClock(start: fill.readyAt))
    for index in 0..<reads {
        _ = try await engine.queueStatus(token: tokens[fill.waiter(index * 7_919) - 1])
    }
}

func issue(tokens: Int, path: String) async throws {
    let engine = try await BookingEngine.open(path: path, policy: PolicyRequest(everything: .bench()), clock: ManualClock(start: LineFill.start))
    for index in 0..<tokens {
        _ = try await engine.issueToken(user: "buyer\(index)")
    }
}

guard let mode = Mode(CommandLine.arguments) else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}
let done = DispatchSemaphore(value: 0)
Task.detached {
    do {
        switch mode {
        case .prepare(let size, let path): try await prepare(size: size, path: path)
        case .poll(let size, let path, let reads): try await poll(size: size, path: path, reads: reads)
        case .issue(let tokens, let path): try await issue(tokens: tokens, path: path)
        }
    } catch {
        FileHandle.standardError.write(Data("bench-poll: \(error)\n".utf8))
        exit(1)
    }
    done.signal()
}
done.wait()
