import BoxOfficeAPI
import BoxOfficeServer
import Testing

@Suite("POST /buyers")
struct BuyerEndpointTests {
    @Test("a sign-up answers 201 with the NFC name and a key of 128+ bits; another spelling of it is taken")
    func signUp() async throws {
        try await TestServer().run { client in
            let answer = try await client.call(.post, "/buyers", json: #"{"name": "Jose\u0301", "extra": true}"#)
            #expect(answer.status == .created)
            let buyer = try answer.decode(BuyerBody.self)
            #expect(buyer.name == "Jos\u{E9}")
            #expect(buyer.key.hasPrefix("bk_") && buyer.key.count >= 3 + 32)
            let again = try await client.call(.post, "/buyers", json: #"{"name": "Jos\u00e9"}"#)
            #expect(again.status == .conflict)
            #expect(again.code == "NAME_TAKEN")
        }
    }

    @Test("bad names, bad JSON and missing fields are 400; a body over 64 KiB is 413")
    func badRequests() async throws {
        try await TestServer().run { client in
            let control = try await client.call(.post, "/buyers", json: #"{"name": "a\u0007b"}"#)
            #expect(control.status == .badRequest)
            #expect(control.code == "INVALID_USER_NAME")
            let long = try await client.call(.post, "/buyers", json: #"{"name": "\#(String(repeating: "x", count: 33))"}"#)
            #expect(long.code == "INVALID_USER_NAME")
            for body in ["{", #"{"name": 5}"#, "{}", "[]", "null"] {
                let answer = try await client.call(.post, "/buyers", json: body)
                #expect(answer.status == .badRequest, "\(body)")
                #expect(answer.code == "INVALID_REQUEST", "\(body)")
            }
            let huge = try await client.call(.post, "/buyers", json: #"{"name": "x", "pad": "\#(String(repeating: "y", count: 70_000))"}"#)
            #expect(huge.status == .contentTooLarge)
            #expect(huge.code == "PAYLOAD_TOO_LARGE")
        }
    }

    @Test("sign-ups past the rate per client address are 429 with Retry-After")
    func rateLimited() async throws {
        let settings = ServerSettings(port: 0, signUpsPerMinute: 2, runsSchedulers: false)
        try await TestServer(settings: settings).run { client in
            _ = try await client.signUp("one")
            _ = try await client.signUp("two")
            let third = try await client.call(.post, "/buyers", json: #"{"name": "three"}"#)
            #expect(third.status == .tooManyRequests)
            #expect(third.code == "RATE_LIMITED")
            // 30 s until the next of 2 a minute, less the real time the sign-ups took; the
            // arithmetic itself is pinned on an injected clock in RateLimiterTests.
            #expect((1...30).contains(third.headers[.retryAfter].flatMap(Int.init) ?? 0))
        }
    }
}
