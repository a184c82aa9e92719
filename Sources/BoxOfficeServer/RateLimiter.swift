import NIOCore
import Synchronization

/// Requests per minute per client address, as a token bucket: a full bucket holds a
/// minute's worth, and it refills evenly through the minute. Loopback addresses are
/// exempt unless `limitsLoopback`. A rate of 0 turns the limit off.
final class RateLimiter: Sendable {
    let perMinute: Int
    let limitsLoopback: Bool
    private let origin = ContinuousClock.now
    private let buckets = Mutex<[String: Bucket]>([:])

    private struct Bucket {
        var tokens: Double
        var at: Duration
    }

    /// Buckets kept at most; past that, full ones are forgotten.
    private static let keptBuckets = 10_000

    init(perMinute: Int, limitsLoopback: Bool) {
        self.perMinute = perMinute
        self.limitsLoopback = limitsLoopback
    }

    /// Takes one request's token for `address` now; nil when allowed, else the whole
    /// seconds until the next token (for `Retry-After`).
    func take(from address: SocketAddress?) -> Int? {
        take(from: address, now: ContinuousClock.now - origin)
    }

    /// `take` at `now`, a time on any clock that only moves forward.
    func take(from address: SocketAddress?, now: Duration) -> Int? {
        guard perMinute > 0 else { return nil }
        if !limitsLoopback, Self.isLoopback(address) { return nil }
        let key = address?.ipAddress ?? "unknown"
        let capacity = Double(perMinute)
        let perSecond = capacity / 60
        return buckets.withLock { buckets in
            var bucket = buckets[key] ?? Bucket(tokens: capacity, at: now)
            let elapsed = Double((now - bucket.at).components.seconds) + Double((now - bucket.at).components.attoseconds) / 1e18
            bucket.tokens = min(capacity, bucket.tokens + elapsed * perSecond)
            bucket.at = now
            defer {
                buckets[key] = bucket
                if buckets.count > Self.keptBuckets { buckets = buckets.filter { $0.value.tokens < capacity } }
            }
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                return nil
            }
            return max(1, Int(((1 - bucket.tokens) / perSecond).rounded(.up)))
        }
    }

    private static func isLoopback(_ address: SocketAddress?) -> Bool {
        guard let ip = address?.ipAddress else { return false }
        return ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.")
    }
}
