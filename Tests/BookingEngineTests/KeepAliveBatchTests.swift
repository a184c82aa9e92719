@testable import BookingEngine
import Testing

/// Keep-alives gathered from polls (`KeepAliveWrites.batched`) and written by
/// `flushKeepAlives`, in several transactions when there are many.
@Suite struct KeepAliveBatchTests {
    /// More waiters than one write takes, so the flush needs several.
    static let waiters = BookingEngine.keepAlivesPerWrite * 2 + 100

    /// A line of `waiters` behind one admitted buyer, with a batch that waits an hour
    /// unless flushed, so the test decides when it is written.
    private func line(_ kind: StoreKind) async throws -> (TestEngine, [TokenID]) {
        var policy = EngineConfiguration()
        policy.activeCapacity = 1
        let test = try await TestEngine(kind, configuration: policy, catalog: nil, keepAliveWrites: .batched(after: .seconds(3_600)))
        _ = try await test.engine.issueToken(user: "first")
        var tokens: [TokenID] = []
        for index in 0..<Self.waiters {
            tokens.append(try await test.engine.issueToken(user: "w\(index)").token)
        }
        return (test, tokens)
    }

    @Test(arguments: StoreKind.allCases)
    func flushedKeepAlivesKeepEveryPolledWaiterInLine(store: StoreKind) async throws {
        let (test, tokens) = try await line(store)
        try await test.pass(.seconds(70))
        let polled = tokens.dropLast()
        for token in polled {
            _ = try await test.engine.queueStatus(token: token)
        }
        try await test.engine.flushKeepAlives()
        try await test.pass(.seconds(70))
        for (place, token) in polled.enumerated() {
            #expect(try await test.engine.queueStatus(token: token).position == place + 1)
        }
        await #expect(throws: BookingError.self) { try await test.engine.queueStatus(token: tokens.last!) }
        #expect(try await test.violations().isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func unflushedKeepAlivesAreNotWritten(store: StoreKind) async throws {
        let (test, tokens) = try await line(store)
        try await test.pass(.seconds(70))
        for token in tokens {
            _ = try await test.engine.queueStatus(token: token)
        }
        try await test.pass(.seconds(70))
        await #expect(throws: BookingError.self) { try await test.engine.queueStatus(token: tokens[0]) }
    }
}
