import BookingEngine
import BoxOfficeAPI
import Hummingbird

extension Routes {
    /// `POST /reservations` holds seats; `DELETE /reservations/{id}` releases one (active
    /// queue token).
    var reservationEndpoints: [Endpoint] {
        [
            Endpoint(.post, "/reservations") { request, _ in
                let token = try gate.token(request)
                let body = try await request.decode(HoldRequest.self)
                let holds = try await engine.hold(token: token, seats: body.seats.map(SeatID.init))
                return try JSONResponse.make(HoldsBody(holds), status: .created)
            },
            Endpoint(.delete, "/reservations/:reservationId") { request, context in
                let token = try gate.token(request)
                let id = try context.id("reservationId", code: "RESERVATION_NOT_FOUND", resource: "Reservation")
                try await engine.release(token: token, reservation: ReservationID(id))
                return Response(status: .noContent)
            }
        ]
    }
}
