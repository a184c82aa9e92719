import BoxOfficeAPI
import Testing

@Suite("POST /reservations and DELETE /reservations/{id}")
struct ReservationEndpointTests {
    @Test("a hold is 201; a seat held by someone is 409 SEAT_UNAVAILABLE; past the limit 409 HOLD_LIMIT_REACHED")
    func hold() async throws {
        try await TestServer().run { client in
            let ana = try await client.token(try await client.signUp("ana"))
            let ben = try await client.token(try await client.signUp("ben"))
            let seats = try await client.seats(ana)
            let answer = try await client.call(.post, "/reservations", bearer: ana, json: #"{"seats": [\#(seats[0])]}"#)
            #expect(answer.status == .created)
            let hold = try answer.decode(HoldsBody.self).holds[0]
            #expect(hold.seatId == seats[0] && hold.price == 100 && hold.label == "VIP · row A · seat 1" && hold.timeZone == "Asia/Seoul")
            let taken = try await client.call(.post, "/reservations", bearer: ben, json: #"{"seats": [\#(seats[0])]}"#)
            #expect(taken.status == .conflict)
            #expect(taken.code == "SEAT_UNAVAILABLE")
            let tooMany = try await client.call(.post, "/reservations", bearer: ana, json: #"{"seats": \#(Array(seats[1...4]))}"#)
            #expect(tooMany.status == .conflict)
            #expect(tooMany.code == "HOLD_LIMIT_REACHED")
            let unknown = try await client.call(.post, "/reservations", bearer: ana, json: #"{"seats": [999999]}"#)
            #expect(unknown.code == "SEAT_NOT_FOUND")
            let empty = try await client.call(.post, "/reservations", bearer: ana, json: #"{"seats": []}"#)
            #expect(empty.status == .badRequest && empty.code == "INVALID_REQUEST")
            let strings = try await client.call(.post, "/reservations", bearer: ana, json: #"{"seats": ["1"]}"#)
            #expect(strings.status == .badRequest && strings.code == "INVALID_REQUEST")
        }
    }

    @Test("release: 204, again 204; someone else's 403 NOT_YOUR_RESERVATION; a paid one 409 ALREADY_PAID; unknown 404")
    func release() async throws {
        try await TestServer().run { client in
            let anaKey = try await client.signUp("ana")
            let ana = try await client.token(anaKey)
            let ben = try await client.token(try await client.signUp("ben"))
            let seats = try await client.seats(ana)
            let held = try await client.hold(ana, [seats[0], seats[1]])
            let theirs = try await client.call(.delete, "/reservations/\(held[0])", bearer: ben)
            #expect(theirs.status == .forbidden)
            #expect(theirs.code == "NOT_YOUR_RESERVATION")
            #expect(try await client.call(.delete, "/reservations/\(held[0])", bearer: ana).status == .noContent)
            #expect(try await client.call(.delete, "/reservations/\(held[0])", bearer: ana).status == .noContent)
            try await client.topUp(anaKey, 500)
            let paid = try await client.call(.post, "/payments", bearer: ana, key: "p1", json: #"{"reservations": [\#(held[1])]}"#)
            #expect(paid.status == .created)
            let again = try await client.call(.delete, "/reservations/\(held[1])", bearer: ben)
            #expect(again.code == "NOT_YOUR_RESERVATION")
            let anaAgain = try await client.token(anaKey)
            let paidRelease = try await client.call(.delete, "/reservations/\(held[1])", bearer: anaAgain)
            #expect(paidRelease.status == .conflict)
            #expect(paidRelease.code == "ALREADY_PAID")
            #expect(try await client.call(.delete, "/reservations/999999", bearer: ben).code == "RESERVATION_NOT_FOUND")
            #expect(try await client.call(.delete, "/reservations/x", bearer: ben).code == "RESERVATION_NOT_FOUND")
        }
    }

    @Test("paying for a hold past its deadline is 410 HOLD_EXPIRED")
    func holdExpired() async throws {
        let server = try await TestServer()
        try await server.run { client in
            let key = try await client.signUp("ana")
            try await client.topUp(key, 500)
            let token = try await client.token(key)
            let held = try await client.hold(token, [try await client.seats(token)[0]])
            server.clock.advance(by: .seconds(301))
            let answer = try await client.call(.post, "/payments", bearer: token, key: "late", json: #"{"reservations": \#(held)}"#)
            #expect(answer.status == .gone)
            #expect(answer.code == "HOLD_EXPIRED")
        }
    }
}
