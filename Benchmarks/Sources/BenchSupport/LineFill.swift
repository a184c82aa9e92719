import BookingEngine

/// A waiting line made only through the engine's public calls, the way a sale's first
/// minutes make one, on a `ManualClock` so that it repeats.
///
/// Waiter `k` (1…`size`) is buyer `w<k>`, the `k`-th to ask for a token. Arrivals are spread
/// evenly over the first minute. The first `capacity` are admitted at once (the line is
/// empty then); at each admission, every minute, the buyers admitted before buy a seat
/// (which ends their shopping time) and the next `capacity` are admitted. With
/// `lapseEvery`, every `lapseEvery`-th waiter after the first `admittedZone` never polls and
/// lapses two minutes after joining; everyone else waiting polls three times (at 70, 140
/// and 185 s), each poll keeping them in line, its keep-alive written in batches as the
/// client's are. The line is ready at 190 s, when every non-polling waiter has lapsed and
/// no keep-alive is due yet, so that reading a place is a read only.
///
/// Without `lapseEvery` the line only arrives (no admission after the first `capacity`,
/// no polls): for a policy whose waiting lifetime outlasts the benchmark.
public struct LineFill: Sendable {
    public let size: Int
    public let lapseEvery: Int?
    public let policy: EngineConfiguration

    /// The moment the fill starts, on its clock.
    public static let start = ManualClock().now()
    static let arrivals: Int64 = 60_000
    static let admissions: [Int64] = [60_000, 120_000, 180_000]
    static let pollRounds: [Int64] = [70_000, 140_000, 185_000]
    static let readyAfter: Int64 = 190_000

    public init(size: Int, lapseEvery: Int?, policy: EngineConfiguration = .bench()) {
        precondition(lapseEvery == nil || policy.waitingTokenLifetime == .seconds(120), "the lapsing fill's timeline is for a 2-minute waiting lifetime")
        self.size = size
        self.lapseEvery = lapseEvery
        self.policy = policy
    }

    /// The moment the line is ready, on the fill's clock.
    public var readyAt: Timestamp {
        LineFill.start + .milliseconds(lapseEvery == nil ? Self.arrivals : Self.readyAfter)
    }

    /// Buyers admitted by the time the line is ready: the first this many waiters.
    public var admitted: Int {
        min(size, policy.activeCapacity * (lapseEvery == nil ? 1 : 1 + Self.admissions.count))
    }

    /// Waiters numbered up to this never lapse, so that admission takes exactly the first ones.
    var admittedZone: Int { policy.activeCapacity * (1 + Self.admissions.count) }

    /// Whether waiter `k` stops polling and lapses.
    public func lapses(_ k: Int) -> Bool {
        guard let lapseEvery else { return false }
        return k > admittedZone && k % lapseEvery == 0
    }

    /// How many of waiters 1…`n` lapse.
    func lapsed(upTo n: Int) -> Int {
        guard let lapseEvery, n > admittedZone else { return 0 }
        return n / lapseEvery - admittedZone / lapseEvery
    }

    /// Waiters still in line when it is ready.
    public var waiting: Int { size - admitted - lapsed(upTo: size) + lapsed(upTo: admitted) }

    /// The place of waiter `k` (not admitted, not lapsed) when the line is ready.
    public func place(of k: Int) -> Int {
        (k - 1 - admitted) - (lapsed(upTo: k - 1) - lapsed(upTo: admitted)) + 1
    }

    /// A waiter still in line, picked from `index` (any integer), spread over the line.
    public func waiter(_ index: Int) -> Int {
        let span = size - admitted
        var k = admitted + 1 + index % span
        while lapses(k) { k = admitted + 1 + (k - admitted) % span }
        return k
    }

    /// How long each part of a fill took, in real time.
    public struct Report: Sendable, CustomStringConvertible {
        public var arrivals: Duration = .zero
        public var polls: Duration = .zero
        public var pollCount = 0
        public var admissionsAndPurchases: Duration = .zero
        public let size: Int

        public var description: String {
            let total = arrivals + polls + admissionsAndPurchases
            return "\(size) tokens issued in \(format(arrivals)) (\(Int(Double(size) / seconds(arrivals)))/s); "
                + "\(pollCount) polls in \(format(polls)); admissions and purchases \(format(admissionsAndPurchases)); total \(format(total))"
        }

        private func format(_ duration: Duration) -> String {
            String(Int((seconds(duration) * 1000).rounded())) + " ms"
        }
    }

    /// Makes the line on `engine`, a new database whose clock is `clock`; returns the tokens
    /// (waiter `k`'s at `k - 1`) and how long it took.
    public func make(on engine: BookingEngine, clock: ManualClock) async throws -> ([TokenID], Report) {
        let timer = ContinuousClock()
        var report = Report(size: size)
        var tokens: [TokenID] = []
        tokens.reserveCapacity(size)
        var shopping: [Int] = []
        var started = timer.now
        for k in 1...size {
            clock.set(to: Self.start + .milliseconds(Int64(k - 1) * Self.arrivals / Int64(size)))
            let status = try await engine.issueToken(user: "w\(k)")
            if status.isActive { shopping.append(k) }
            tokens.append(status.token)
        }
        report.arrivals = timer.now - started
        try check(shopping.count == min(size, policy.activeCapacity), "\(shopping.count) admitted at once")
        guard lapseEvery != nil else { return (tokens, report) }
        var admittedSoFar = shopping.count
        for (admission, round) in zip(Self.admissions, Self.pollRounds) {
            clock.set(to: Self.start + .milliseconds(admission))
            started = timer.now
            for k in shopping {
                try check(try await Buyer.buyOneSeat(engine, user: "w\(k)", token: tokens[k - 1], pick: k), "no free seat for w\(k)")
            }
            let admitted = try await engine.runAdmission()
            try check(admitted == min(policy.activeCapacity, size - admittedSoFar), "admission took \(admitted)")
            shopping = Array((admittedSoFar + 1)...(admittedSoFar + admitted))
            admittedSoFar += admitted
            report.admissionsAndPurchases += timer.now - started
            clock.set(to: Self.start + .milliseconds(round))
            started = timer.now
            for k in (admittedSoFar + 1)...size where !lapses(k) {
                _ = try await engine.queueStatus(token: tokens[k - 1])
                report.pollCount += 1
                if report.pollCount % 10_000 == 0 { try await engine.flushKeepAlives() }
            }
            try await engine.flushKeepAlives()
            report.polls += timer.now - started
        }
        try check(admittedSoFar == admitted, "admitted \(admittedSoFar), expected \(admitted)")
        return (tokens, report)
    }

    /// Checks the places of about `samples` waiters and the number waiting, read through
    /// `engine` at the moment the line is ready, against this fill's own count. Returns
    /// how long the first read took.
    @discardableResult
    public func verify(_ tokens: [TokenID], on engine: BookingEngine, samples: Int) async throws -> Duration {
        let timer = ContinuousClock()
        var first: Duration?
        for index in stride(from: 0, to: size - admitted, by: max(1, (size - admitted) / samples)) {
            let k = waiter(index)
            let started = timer.now
            let status = try await engine.queueStatus(token: tokens[k - 1])
            if first == nil { first = timer.now - started }
            try check(status.position == place(of: k) && status.waitingCount == waiting,
                      "waiter \(k): place \(status.position ?? -1) of \(status.waitingCount), expected \(place(of: k)) of \(waiting)")
        }
        return first ?? .zero
    }
}
