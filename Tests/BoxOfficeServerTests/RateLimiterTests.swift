@testable import BoxOfficeServer
import NIOCore
import Testing

@Suite("RateLimiter")
struct RateLimiterTests {
    @Test("a minute's worth at once, then one more each 60/N seconds; loopback exempt unless asked; 0 is off")
    func bucket() throws {
        let address = try SocketAddress(ipAddress: "192.0.2.7", port: 4000)
        let other = try SocketAddress(ipAddress: "192.0.2.8", port: 4000)
        let limiter = RateLimiter(perMinute: 6, limitsLoopback: false)
        for _ in 0..<6 { #expect(limiter.take(from: address, now: .zero) == nil) }
        #expect(limiter.take(from: address, now: .zero) == 10)
        #expect(limiter.take(from: other, now: .zero) == nil)
        #expect(limiter.take(from: address, now: .seconds(9)) == 1)
        #expect(limiter.take(from: address, now: .seconds(10)) == nil)
        let loopback = try SocketAddress(ipAddress: "127.0.0.1", port: 4000)
        for _ in 0..<10 { #expect(limiter.take(from: loopback, now: .zero) == nil) }
        let strict = RateLimiter(perMinute: 1, limitsLoopback: true)
        #expect(strict.take(from: loopback, now: .zero) == nil)
        #expect(strict.take(from: loopback, now: .zero) == 60)
        let off = RateLimiter(perMinute: 0, limitsLoopback: true)
        for _ in 0..<100 { #expect(off.take(from: address, now: .zero) == nil) }
    }
}
