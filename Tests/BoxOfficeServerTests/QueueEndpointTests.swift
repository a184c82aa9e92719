import BookingEngine
import BoxOfficeAPI
import Foundation
import Testing

@Suite("POST /queue/token and GET /queue/position")
struct QueueEndpointTests {
    static func oneAtATime() -> EngineConfiguration {
        var policy = EngineConfiguration()
        policy.activeCapacity = 1
        return policy
    }

    @Test("a new token is 201, the same buyer again 200 with the same token; active: position null, ahead 0")
    func issue() async throws {
        try await TestServer().run { client in
            let key = try await client.signUp("ana")
            let first = try await client.call(.post, "/queue/token", bearer: key)
            #expect(first.status == .created)
            let again = try await client.call(.post, "/queue/token", bearer: key)
            #expect(again.status == .ok)
            let status = try again.decode(QueueStatusBody.self)
            #expect(status.token == (try first.decode(QueueStatusBody.self)).token)
            #expect(status.token.hasPrefix("qt_"))
            #expect(status.status == "active" && status.position == nil && status.ahead == 0 && status.estimatedWaitSeconds == nil)
            let raw = try JSONSerialization.jsonObject(with: again.body) as? [String: Any]
            #expect(raw?["position"] is NSNull && raw?["estimatedWaitSeconds"] is NSNull)
            #expect(APITime.parse(status.expiresAt) != nil)
        }
    }

    @Test("a waiting token has its place and is refused the shop with 403 TOKEN_NOT_ACTIVE")
    func waiting() async throws {
        try await TestServer(policy: Self.oneAtATime()).run { client in
            let ana = try await client.token(try await client.signUp("ana"))
            let ben = try await client.token(try await client.signUp("ben"))
            let place = try await client.call(.get, "/queue/position", bearer: ben).decode(QueueStatusBody.self)
            #expect(place.status == "waiting" && place.position == 1 && place.ahead == 0 && place.waiting == 1)
            let refused = try await client.call(.get, "/concerts", bearer: ben)
            #expect(refused.status == .forbidden)
            #expect(refused.code == "TOKEN_NOT_ACTIVE")
            #expect(try await client.call(.get, "/concerts", bearer: ana).status == .ok)
        }
    }

    @Test("a shopping token past its time is 410 TOKEN_EXPIRED")
    func expired() async throws {
        let server = try await TestServer()
        try await server.run { client in
            let token = try await client.token(try await client.signUp("ana"))
            server.clock.advance(by: .seconds(601))
            let answer = try await client.call(.get, "/concerts", bearer: token)
            #expect(answer.status == .gone)
            #expect(answer.code == "TOKEN_EXPIRED")
        }
    }
}
