import BoxOfficeAPI
import Testing

@Suite("GET/POST /points and GET /bookings")
struct PointsEndpointTests {
    @Test("a top-up credits once per key; a reused key with another amount is 409; balance reads it")
    func topUp() async throws {
        try await TestServer().run { client in
            let key = try await client.signUp("ana")
            let body = #"{"amount": 50000}"#
            let first = try await client.call(.post, "/points", bearer: key, key: "t1", json: body)
            #expect(first.status == .ok)
            #expect(try first.decode(BalanceBody.self).balance == 50_000)
            let replay = try await client.call(.post, "/points", bearer: key, key: "t1", json: body)
            #expect(replay.status == .ok && replay.body == first.body)
            let reused = try await client.call(.post, "/points", bearer: key, key: "t1", json: #"{"amount": 1}"#)
            #expect(reused.status == .conflict && reused.code == "IDEMPOTENCY_KEY_REUSED")
            #expect(try await client.call(.get, "/points", bearer: key).decode(BalanceBody.self).balance == 50_000)
            let noKey = try await client.call(.post, "/points", bearer: key, json: body)
            #expect(noKey.status == .badRequest && noKey.code == "INVALID_REQUEST")
        }
    }

    @Test("amounts: not a 64-bit JSON integer is 400 INVALID_REQUEST; out of range is 422 INVALID_AMOUNT")
    func amounts() async throws {
        try await TestServer().run { client in
            let key = try await client.signUp("ana")
            for (index, amount) in ["1.5", #""5""#, "9223372036854775808", "true", "null"].enumerated() {
                let answer = try await client.call(.post, "/points", bearer: key, key: "bad\(index)", json: #"{"amount": \#(amount)}"#)
                #expect(answer.status == .badRequest && answer.code == "INVALID_REQUEST", "\(amount)")
            }
            for (index, amount) in ["0", "-5", "1000001"].enumerated() {
                let answer = try await client.call(.post, "/points", bearer: key, key: "range\(index)", json: #"{"amount": \#(amount)}"#)
                #expect(answer.status == .unprocessableContent && answer.code == "INVALID_AMOUNT", "\(amount)")
            }
            for _ in 0..<10 { try await client.topUp(key, 1_000_000) }
            let ceiling = try await client.call(.post, "/points", bearer: key, key: "over", json: #"{"amount": 1}"#)
            #expect(ceiling.status == .unprocessableContent && ceiling.code == "INVALID_AMOUNT")
        }
    }

    @Test("bookings and points answer for the key's buyer only")
    func isolation() async throws {
        try await TestServer().run { client in
            let anaKey = try await client.signUp("ana")
            let benKey = try await client.signUp("ben")
            try await client.topUp(anaKey, 500)
            let ana = try await client.token(anaKey)
            let held = try await client.hold(ana, try Array(await client.seats(ana).prefix(2)))
            _ = try await client.call(.post, "/payments", bearer: ana, key: "p", json: #"{"reservations": [\#(held[0])]}"#)
            let anas = try await client.call(.get, "/bookings", bearer: anaKey).decode(BookingsBody.self)
            #expect(anas.bookings.map(\.id) == [held[0]] && anas.holds.map(\.id) == [held[1]])
            let bens = try await client.call(.get, "/bookings", bearer: benKey).decode(BookingsBody.self)
            #expect(bens.bookings.isEmpty && bens.holds.isEmpty)
            #expect(try await client.call(.get, "/points", bearer: benKey).decode(BalanceBody.self).balance == 0)
        }
    }
}
