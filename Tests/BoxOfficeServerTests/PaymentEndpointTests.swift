import BoxOfficeAPI
import Testing

@Suite("POST /payments")
struct PaymentEndpointTests {
    @Test("no Idempotency-Key is 400; short of points 422; paid 201; the same key 200 with an equal body, charged once")
    func pay() async throws {
        try await TestServer().run { client in
            let key = try await client.signUp("ana")
            let token = try await client.token(key)
            let held = try await client.hold(token, [try await client.seats(token)[0]])
            let body = #"{"reservations": \#(held)}"#
            let noKey = try await client.call(.post, "/payments", bearer: token, json: body)
            #expect(noKey.status == .badRequest && noKey.code == "INVALID_REQUEST")
            let badKey = try await client.call(.post, "/payments", bearer: token, key: "has space", json: body)
            #expect(badKey.status == .badRequest && badKey.code == "INVALID_REQUEST")
            let short = try await client.call(.post, "/payments", bearer: token, key: "k1", json: body)
            #expect(short.status == .unprocessableContent && short.code == "NOT_ENOUGH_POINTS")
            try await client.topUp(key, 150)
            let paid = try await client.call(.post, "/payments", bearer: token, key: "k1", json: body)
            #expect(paid.status == .created)
            let receipt = try paid.decode(ReceiptBody.self)
            #expect(receipt.amount == 100 && receipt.balance == 50 && receipt.bookings.map(\.id) == held)
            let replay = try await client.call(.post, "/payments", bearer: token, key: "k1", json: body)
            #expect(replay.status == .ok)
            #expect(try replay.decode(ReceiptBody.self) == receipt)
            let newKey = try await client.call(.post, "/payments", bearer: token, key: "k2", json: body)
            #expect(newKey.status == .ok)
            #expect(try newKey.decode(ReceiptBody.self) == receipt)
            let reused = try await client.call(.post, "/payments", bearer: token, key: "k1", json: #"{"reservations": [\#(held[0] + 1)]}"#)
            #expect(reused.status == .conflict && reused.code == "IDEMPOTENCY_KEY_REUSED")
            #expect(try await client.call(.get, "/points", bearer: key).decode(BalanceBody.self).balance == 50)
        }
    }

    @Test("another buyer's reservation is 403 NOT_YOUR_RESERVATION and charges nothing")
    func notYours() async throws {
        try await TestServer().run { client in
            let ana = try await client.token(try await client.signUp("ana"))
            let benKey = try await client.signUp("ben")
            try await client.topUp(benKey, 500)
            let ben = try await client.token(benKey)
            let held = try await client.hold(ana, [try await client.seats(ana)[0]])
            let answer = try await client.call(.post, "/payments", bearer: ben, key: "x", json: #"{"reservations": \#(held)}"#)
            #expect(answer.status == .forbidden && answer.code == "NOT_YOUR_RESERVATION")
            #expect(try await client.call(.get, "/points", bearer: benKey).decode(BalanceBody.self).balance == 500)
        }
    }

    @Test("requests racing with one key get one execution and the same answer", .timeLimit(.minutes(1)))
    func racingKey() async throws {
        try await TestServer().run(.live) { client in
            let key = try await client.signUp("ana")
            try await client.topUp(key, 1_000)
            let token = try await client.token(key)
            let held = try await client.hold(token, [try await client.seats(token)[0]])
            let answers = try await withThrowingTaskGroup(of: Answer.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await client.call(.post, "/payments", bearer: token, key: "race", json: #"{"reservations": \#(held)}"#) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(answers.filter { $0.status == .created }.count == 1)
            #expect(answers.filter { $0.status == .ok }.count == 7)
            #expect(Set(try answers.map { try $0.decode(ReceiptBody.self).payment }).count == 1)
            #expect(try await client.call(.get, "/points", bearer: key).decode(BalanceBody.self).balance == 900)
        }
    }
}
