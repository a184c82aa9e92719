import BookingEngine
import BoxOfficeAPI
import Hummingbird

extension Routes {
    /// A performance's venue overview, one section's seats, and best available (active
    /// queue token).
    var venueEndpoints: [Endpoint] {
        [
            Endpoint(.get, "/concerts/:concertId/dates/:dateId/sections") { request, context in
                let token = try gate.token(request)
                let (concert, date) = try Self.concertAndDate(context)
                let overview = try await engine.venueOverview(token: token, date: DateID(date))
                guard overview.concert.rawValue == concert else { throw APIError(BookingError.dateNotFound(DateID(date))) }
                return JSONResponse.make(VenueOverviewBody(overview))
            },
            Endpoint(.get, "/concerts/:concertId/dates/:dateId/sections/:sectionId/seats") { request, context in
                let token = try gate.token(request)
                let (concert, date) = try Self.concertAndDate(context)
                let section = try context.id("sectionId", code: "SECTION_NOT_FOUND", resource: "Section")
                let seats = try await engine.sectionSeats(
                    token: token, date: DateID(date), section: SectionID(section), concert: ConcertID(concert))
                return JSONResponse.make(SectionSeatsBody(seats))
            },
            Endpoint(.post, "/reservations/best") { request, _ in
                let token = try gate.token(request)
                let body = try await request.decode(BestRequest.self)
                let holds = try await engine.holdBest(
                    token: token, date: DateID(body.dateId), count: body.count, section: body.section.map(SectionID.init), grade: body.grade)
                return try JSONResponse.make(HoldsBody(holds), status: .created)
            },
        ]
    }

    private static func concertAndDate(_ context: ServerContext) throws -> (Int64, Int64) {
        (try context.id("concertId", code: "CONCERT_NOT_FOUND", resource: "Concert"),
         try context.id("dateId", code: "DATE_NOT_FOUND", resource: "Performance"))
    }
}
