import BookingEngine
import BoxOfficeAPI
import Testing

@Suite("GET sections, a section's seats, POST /reservations/best")
struct VenueEndpointTests {
    @Test("the overview counts per section; a section's rows show each seat's state")
    func overviewAndSection() async throws {
        try await TestServer().run { client in
            let ana = try await client.token(try await client.signUp("ana"))
            let ben = try await client.token(try await client.signUp("ben"))
            let date = try await client.call(.get, "/concerts", bearer: ana).decode([ConcertBody].self)[0].dates[0]
            #expect(date.timeZone == "Asia/Seoul")
            let seats = try await client.seats(ana)
            _ = try await client.hold(ana, [seats[0]])
            _ = try await client.hold(ben, [seats[1]])
            let base = "/concerts/\(date.concertId)/dates/\(date.id)/sections"
            let overview = try await client.call(.get, base, bearer: ana).decode(VenueOverviewBody.self)
            #expect(overview.venue == "Hall A" && overview.timeZone == "Asia/Seoul" && overview.seatsFree == 18)
            #expect(overview.sections.map(\.name) == ["VIP", "R"] && overview.sections.map(\.seatsFree) == [8, 10])
            #expect(overview.stage?.engineValue == GridBox(x: 0, y: 0, width: 2, height: 1) && overview.sections[1].place.x == 1)
            let vip = try await client.call(.get, "\(base)/\(overview.sections[0].id)/seats", bearer: ana).decode(SectionSeatsBody.self)
            #expect(vip.firstSeatId == seats[0] && vip.rows.map(\.label) == ["A"])
            #expect(vip.rows[0].states.prefix(3) == ["heldByYou", "held", "free"])
            #expect(vip.yourHolds.map(\.seatId) == [seats[0]])
            #expect(vip.engineValue?.states.count == 10)
        }
    }

    @Test("best available holds seats together and says when there are not enough")
    func best() async throws {
        try await TestServer().run { client in
            let ana = try await client.token(try await client.signUp("ana"))
            let date = try await client.call(.get, "/concerts", bearer: ana).decode([ConcertBody].self)[0].dates[0]
            let answer = try await client.call(.post, "/reservations/best", bearer: ana, json: #"{"dateId": \#(date.id), "count": 4}"#)
            #expect(answer.status == .created, "\(answer.text)")
            let holds = try answer.decode(HoldsBody.self).holds
            #expect(holds.map(\.label) == (4...7).map { "VIP · row A · seat \($0)" })
            let ben = try await client.token(try await client.signUp("ben"))
            let graded = try await client.call(.post, "/reservations/best", bearer: ben, json: #"{"dateId": \#(date.id), "count": 2, "grade": "R"}"#)
            #expect(try graded.decode(HoldsBody.self).holds.allSatisfy { $0.label.hasPrefix("R · row A") })
            let none = try await client.call(.post, "/reservations/best", bearer: ben, json: #"{"dateId": \#(date.id), "count": 2, "grade": "Z"}"#)
            #expect(none.status == .conflict && none.code == "NOT_ENOUGH_SEATS")
            let bad = try await client.call(.post, "/reservations/best", bearer: ben, json: #"{"dateId": \#(date.id), "count": "two"}"#)
            #expect(bad.status == .badRequest && bad.code == "INVALID_REQUEST")
        }
    }

    @Test("unknown sections and dates of another concert are 404")
    func notFound() async throws {
        try await TestServer().run { client in
            let token = try await client.token(try await client.signUp("ana"))
            let concerts = try await client.call(.get, "/concerts", bearer: token).decode([ConcertBody].self)
            let date = concerts[0].dates[0]
            let cases: [(String, String)] = [
                ("/concerts/\(date.concertId)/dates/\(date.id)/sections/99999/seats", "SECTION_NOT_FOUND"),
                ("/concerts/\(date.concertId)/dates/\(date.id)/sections/x/seats", "SECTION_NOT_FOUND"),
                ("/concerts/\(date.concertId)/dates/\(concerts[1].dates[0].id)/sections", "DATE_NOT_FOUND"),
                ("/concerts/\(date.concertId)/dates/\(concerts[1].dates[0].id)/sections/1/seats", "DATE_NOT_FOUND"),
                ("/concerts/\(date.concertId)/dates/99999/sections", "DATE_NOT_FOUND"),
            ]
            for (path, code) in cases {
                let answer = try await client.call(.get, path, bearer: token)
                #expect(answer.status == .notFound, "\(path)")
                #expect(answer.code == code, "\(path): \(answer.text)")
            }
        }
    }
}
