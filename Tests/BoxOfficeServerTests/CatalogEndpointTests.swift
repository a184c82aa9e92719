import BoxOfficeAPI
import Testing

@Suite("GET /concerts, dates and seats")
struct CatalogEndpointTests {
    @Test("concerts with their dates, a concert's dates, a seat map with each state")
    func browse() async throws {
        try await TestServer().run { client in
            let ana = try await client.token(try await client.signUp("ana"))
            let ben = try await client.token(try await client.signUp("ben"))
            let concerts = try await client.call(.get, "/concerts", bearer: ana).decode([ConcertBody].self)
            #expect(concerts.map(\.title) == ["Test Hall Live", "두 번째 공연"])
            #expect(concerts[0].dates.map(\.seatsTotal) == [20, 20])
            let concert = concerts[0].id
            let dates = try await client.call(.get, "/concerts/\(concert)/dates", bearer: ana).decode([ConcertDateBody].self)
            #expect(dates == concerts[0].dates)
            let seats = try await client.seats(ana)
            _ = try await client.hold(ana, [seats[0]])
            _ = try await client.hold(ben, [seats[1]])
            let map = try await client.call(.get, "/concerts/\(concert)/dates/\(dates[0].id)/seats", bearer: ana).decode(SeatMapBody.self)
            #expect(map.dateId == dates[0].id)
            #expect(map.seats.prefix(3).map(\.state) == ["heldByYou", "held", "free"])
            #expect(map.seats[0].label == "VIP · row A · seat 1" && map.seats[0].grade == "VIP" && map.seats[0].price == 100)
            let after = try await client.call(.get, "/concerts/\(concert)/dates", bearer: ana).decode([ConcertDateBody].self)
            #expect(after[0].seatsFree == 18)
        }
    }

    @Test("unknown ids, ids that are not integers and a date of another concert are 404 with the resource's code")
    func notFound() async throws {
        try await TestServer().run { client in
            let token = try await client.token(try await client.signUp("ana"))
            let concerts = try await client.call(.get, "/concerts", bearer: token).decode([ConcertBody].self)
            let otherDate = concerts[1].dates[0].id
            let cases: [(String, String)] = [
                ("/concerts/99/dates", "CONCERT_NOT_FOUND"), ("/concerts/abc/dates", "CONCERT_NOT_FOUND"),
                ("/concerts/\(concerts[0].id)/dates/99/seats", "DATE_NOT_FOUND"),
                ("/concerts/\(concerts[0].id)/dates/x1/seats", "DATE_NOT_FOUND"),
                ("/concerts/\(concerts[0].id)/dates/\(otherDate)/seats", "DATE_NOT_FOUND"),
            ]
            for (path, code) in cases {
                let answer = try await client.call(.get, path, bearer: token)
                #expect(answer.status == .notFound, "\(path)")
                #expect(answer.code == code, "\(path)")
            }
        }
    }
}
