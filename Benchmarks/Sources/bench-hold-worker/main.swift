import BenchSupport
import BookingEngine
import Foundation

// One process of benchmark B10. Arguments: database path, worker index, attempts, buyers,
// start time (seconds since 1970). Opens the engine on the shared file (its stored policy),
// admits its own buyers, waits for the common start, runs its hold attempts and prints a
// `WorkerReport` as JSON.
let arguments = CommandLine.arguments
guard arguments.count == 6, let index = Int(arguments[2]), let attempts = Int(arguments[3]),
    let buyers = Int(arguments[4]), let startAt = Double(arguments[5])
else {
    FileHandle.standardError.write(Data("usage: bench-hold-worker DB INDEX ATTEMPTS BUYERS START\n".utf8))
    exit(2)
}
let engine = try await BookingEngine.open(path: arguments[1])
let tokens = try await Shoppers.admit(engine, prefix: "p\(index)-", count: buyers)
let seats = try await Shoppers.stadiumSeats(engine, token: tokens[0])
let wait = startAt - Date().timeIntervalSince1970
if wait > 0 { try await Task.sleep(for: .milliseconds(Int(wait * 1000))) }
let run = HoldRun(tokens: tokens, seats: seats.all, front: seats.front, attempts: attempts, seed: UInt64(100 + index))
let counts = await run.run(on: engine)
let report = WorkerReport(counts: counts, endedAt: Date().timeIntervalSince1970)
FileHandle.standardOutput.write(try JSONEncoder().encode(report))
