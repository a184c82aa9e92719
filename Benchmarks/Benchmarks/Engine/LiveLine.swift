import Benchmark
import BenchSupport
import BookingEngine
import Foundation
import Synchronization

/// L1: a live line in real time. W waiters each poll every 5 s for 60 s, as W clients
/// would, on one engine in this process (the load generator shares the machine's 2 cores
/// with the engine): keep-alives batched as the client's are
/// (`KeepAliveWrites.batched(after: 1 s)`), the product's scheduler running (admission
/// every 10 s, 30 shopping at once), 20 new waiters joining a second and polling from
/// then on, and every admitted waiter buying a seat (top-up, hold, payment) at once.
///
/// A poll's latency is from the moment it was due to its answer, so a load generator or
/// engine that falls behind shows as latency. A waiter dropped is a poll that finds its
/// waiter gone although it polled every 5 s. The line passes with poll p99 ≤ 10 ms and
/// nobody dropped. W is each of `BOXOFFICE_L1_WAITERS` (comma-separated), by default
/// 50k, 100k, 150k and 200k; the W waiters join as fast as one caller can issue tokens
/// before the minute starts (timed and noted).
func liveLineBenchmarks() {
    let defaults = BenchSizes.isSmoke ? [500] : [50_000, 100_000, 150_000, 200_000]
    let sizes = ProcessInfo.processInfo.environment["BOXOFFICE_L1_WAITERS"]
        .map { $0.split(separator: ",").compactMap { Int($0) } } ?? defaults
    let length: Duration = BenchSizes.isSmoke ? .seconds(6) : .seconds(60)
    for waiters in sizes {
        let prepared = SetupBox<(database: BenchDatabase, tokens: [TokenID])>()
        Benchmark(
            "L1 live line, \(waiters) waiters polling every 5 s",
            configuration: .init(
                metrics: [figure("poll p50 (us)"), figure("poll p99 (us)"), figure("poll p99.9 (us)"), figure("polls", largerIsBetter: true),
                          figure("dropped"), figure("admitted"), figure("seats bought"), figure("joined")],
                warmupIterations: 0, maxIterations: 1),
            closure: { benchmark in
                let (database, tokens) = prepared.value
                let scheduler = EngineScheduler(engine: database.engine)
                scheduler.start()
                let result = try await LiveLine(engine: database.engine, tokens: tokens, length: length).run()
                scheduler.stop()
                try await database.engine.flushKeepAlives()
                try await Shoppers.audit(database.engine)
                let polls = result.polls
                for (name, fraction) in [("poll p50 (us)", 0.5), ("poll p99 (us)", 0.99), ("poll p99.9 (us)", 0.999)] {
                    benchmark.measurement(figure(name), Int(polls.percentileMicroseconds(fraction)))
                }
                benchmark.measurement(figure("polls", largerIsBetter: true), polls.nanoseconds.count)
                benchmark.measurement(figure("dropped"), result.dropped)
                benchmark.measurement(figure("admitted"), result.admitted)
                benchmark.measurement(figure("seats bought"), result.bought)
                benchmark.measurement(figure("joined"), result.joined)
                let passed = polls.percentileMicroseconds(0.99) <= 10_000 && result.dropped == 0
                LatencyLog.note("L1 \(waiters): \(passed ? "sustained" : "NOT sustained"); polls from due \(polls.summary); "
                    + "call alone \(result.calls.summary); dropped \(result.dropped), admitted \(result.admitted), "
                    + "bought \(result.bought), joined \(result.joined)")
                try check(result.bought == result.admitted, "\(result.admitted) admitted but \(result.bought) bought a seat")
            },
            setup: {
                var policy = EngineConfiguration.bench()
                policy.admissionInterval = .seconds(10)
                let database = try await BenchDatabase(name: "l1", policy: policy, keepAliveWrites: .batched(after: .seconds(1)))
                let timer = ContinuousClock()
                let started = timer.now
                var tokens: [TokenID] = []
                for k in 0..<waiters { tokens.append(try await database.engine.issueToken(user: "l\(k)").token) }
                LatencyLog.note("L1 \(waiters): the waiters joined in \(timer.now - started)")
                prepared.set((database, tokens))
            },
            teardown: { prepared.set(nil) })
    }
}

/// One minute of a live line (see `liveLineBenchmarks`).
struct LiveLine: Sendable {
    let engine: BookingEngine
    let tokens: [TokenID]
    let length: Duration

    static let pollEvery: Duration = .seconds(5)
    static let pollerTasks = 4
    static let joinEvery: Duration = .milliseconds(50)

    struct Result: Sendable {
        /// Each poll, from when it was due to its answer.
        var polls = Latencies()
        /// Each poll's call alone.
        var calls = Latencies()
        var dropped = 0
        var admitted = 0
        var bought = 0
        var joined = 0

        static func + (lhs: Result, rhs: Result) -> Result {
            var sum = lhs
            sum.polls.merge(rhs.polls)
            sum.calls.merge(rhs.calls)
            sum.dropped += rhs.dropped
            sum.admitted += rhs.admitted
            sum.bought += rhs.bought
            sum.joined += rhs.joined
            return sum
        }
    }

    func run() async throws -> Result {
        let timer = ContinuousClock()
        let start = timer.now
        return try await withThrowingTaskGroup(of: Result.self) { group in
            for task in 0..<Self.pollerTasks {
                let mine = Array(stride(from: task, to: tokens.count, by: Self.pollerTasks))
                group.addTask {
                    var waiters = mine.map { Waiter(token: tokens[$0], user: "l\($0)", phase: Self.pollEvery * (Double($0) / Double(tokens.count))) }
                    return try await poll(&waiters, from: start)
                }
            }
            group.addTask { try await join(from: start) }
            return try await group.reduce(Result(), +)
        }
    }

    /// A waiter polling every 5 s, `phase` after the start of each round, until admitted.
    struct Waiter {
        let token: TokenID
        let user: String
        let phase: Duration
        var waiting = true
    }

    /// Polls `waiters` (in phase order) round after round until the minute is over; an
    /// admitted waiter stops polling and buys a seat.
    private func poll(_ waiters: inout [Waiter], from start: ContinuousClock.Instant) async throws -> Result {
        let timer = ContinuousClock()
        var result = Result()
        var buying: [Task<Bool, any Error>] = []
        var round = start
        while round < start + length {
            for index in waiters.indices where waiters[index].waiting {
                let due = round + waiters[index].phase
                guard due < start + length else { break }
                if due - timer.now > .milliseconds(1) { try await Task.sleep(until: due, clock: timer) }
                let called = timer.now
                do {
                    let status = try await engine.queueStatus(token: waiters[index].token)
                    if status.isActive {
                        waiters[index].waiting = false
                        result.admitted += 1
                        let (user, token, pick) = (waiters[index].user, waiters[index].token, index)
                        buying.append(Task { try await Buyer.buyOneSeat(engine, user: user, token: token, pick: pick) })
                    }
                } catch {
                    guard case .tokenNotFound = error else { throw error }
                    waiters[index].waiting = false
                    result.dropped += 1
                }
                let answered = timer.now
                result.polls.record(answered - min(due, called))
                result.calls.record(answered - called)
            }
            round += Self.pollEvery
        }
        for purchase in buying where try await purchase.value { result.bought += 1 }
        return result
    }

    /// New waiters joining every `joinEvery`, each polling every 5 s from then on.
    private func join(from start: ContinuousClock.Instant) async throws -> Result {
        let timer = ContinuousClock()
        var result = Result()
        var joined: [(waiter: Waiter, next: ContinuousClock.Instant)] = []
        var next = start
        while next < start + length {
            try await Task.sleep(until: next, clock: timer)
            let user = "joined\(joined.count)"
            let status = try await engine.issueToken(user: user)
            joined.append((Waiter(token: status.token, user: user, phase: .zero, waiting: !status.isActive), next + Self.pollEvery))
            result.joined += 1
            for index in joined.indices where joined[index].waiter.waiting && joined[index].next <= timer.now {
                let due = joined[index].next
                joined[index].next += Self.pollEvery
                let called = timer.now
                do {
                    if try await engine.queueStatus(token: joined[index].waiter.token).isActive {
                        joined[index].waiter.waiting = false
                        result.admitted += 1
                        let waiter = joined[index].waiter
                        if try await Buyer.buyOneSeat(engine, user: waiter.user, token: waiter.token, pick: index) { result.bought += 1 }
                    }
                } catch let error as BookingError {
                    guard case .tokenNotFound = error else { throw error }
                    joined[index].waiter.waiting = false
                    result.dropped += 1
                }
                let answered = timer.now
                result.polls.record(answered - min(due, called))
                result.calls.record(answered - called)
            }
            next += Self.joinEvery
        }
        return result
    }
}
