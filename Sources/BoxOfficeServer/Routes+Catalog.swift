import BookingEngine
import BoxOfficeAPI
import Hummingbird

extension Routes {
    /// The concerts, a concert's dates and a date's seat map (active queue token).
    var catalogEndpoints: [Endpoint] {
        [
            Endpoint(.get, "/concerts") { request, _ in
                let token = try gate.token(request)
                return JSONResponse.make(try await engine.concerts(token: token).map(ConcertBody.init))
            },
            Endpoint(.get, "/concerts/:concertId/dates") { request, context in
                let token = try gate.token(request)
                let concert = try context.id("concertId", code: "CONCERT_NOT_FOUND", resource: "Concert")
                return JSONResponse.make(try await engine.dates(token: token, concert: ConcertID(concert)).map(ConcertDateBody.init))
            },
            Endpoint(.get, "/concerts/:concertId/dates/:dateId/seats") { request, context in
                let token = try gate.token(request)
                let concert = try context.id("concertId", code: "CONCERT_NOT_FOUND", resource: "Concert")
                let date = try context.id("dateId", code: "DATE_NOT_FOUND", resource: "Performance")
                let map = try await engine.seatMap(token: token, date: DateID(date))
                guard map.concert.rawValue == concert else { throw APIError(BookingError.dateNotFound(DateID(date))) }
                return JSONResponse.make(SeatMapBody(map))
            }
        ]
    }
}
