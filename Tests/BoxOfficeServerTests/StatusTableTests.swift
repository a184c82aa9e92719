import BookingEngine
@testable import BoxOfficeServer
import HTTPTypes
import Testing

@Suite("API.md's status table")
struct StatusTableTests {
    @Test("every engine error answers with API.md's status and code; 401 and 503 carry their headers")
    func table() {
        let table: [(BookingError, HTTPResponse.Status, String)] = [
            (.invalidRequest(.said("x")), .badRequest, "INVALID_REQUEST"), (.invalidUserName(.empty), .badRequest, "INVALID_USER_NAME"),
            (.unauthorized, .unauthorized, "UNAUTHORIZED"),
            (.tokenNotActive(position: 3), .forbidden, "TOKEN_NOT_ACTIVE"), (.notYourReservation(ReservationID(1)), .forbidden, "NOT_YOUR_RESERVATION"),
            (.tokenNotFound, .notFound, "TOKEN_NOT_FOUND"), (.concertNotFound(ConcertID(1)), .notFound, "CONCERT_NOT_FOUND"),
            (.dateNotFound(DateID(1)), .notFound, "DATE_NOT_FOUND"), (.seatNotFound(SeatID(1)), .notFound, "SEAT_NOT_FOUND"),
            (.reservationNotFound(ReservationID(1)), .notFound, "RESERVATION_NOT_FOUND"),
            (.seatUnavailable(seatNumber: 4), .conflict, "SEAT_UNAVAILABLE"), (.holdLimitReached(limit: 4), .conflict, "HOLD_LIMIT_REACHED"),
            (.nameTaken("x"), .conflict, "NAME_TAKEN"), (.alreadyPaid(ReservationID(1)), .conflict, "ALREADY_PAID"),
            (.idempotencyKeyReused, .conflict, "IDEMPOTENCY_KEY_REUSED"),
            (.tokenExpired, .gone, "TOKEN_EXPIRED"), (.holdExpired, .gone, "HOLD_EXPIRED"),
            (.notEnoughPoints(balance: 1, needed: 2), .unprocessableContent, "NOT_ENOUGH_POINTS"),
            (.invalidAmount(.notPositive), .unprocessableContent, "INVALID_AMOUNT"),
            (.storageFailure(.said("database is locked")), .serviceUnavailable, "STORAGE_BUSY"),
        ]
        for (failure, status, code) in table {
            let error = APIError(failure)
            #expect(error.status == status, "\(failure)")
            #expect(error.body.error.code == code, "\(failure)")
        }
        #expect(APIError(BookingError.unauthorized).headers[.wwwAuthenticate] == "Bearer")
        #expect(APIError(BookingError.storageFailure(.said("busy"))).headers[.retryAfter] == "1")
        #expect(APIError.rateLimited(retryAfter: 7).headers[.retryAfter] == "7")
    }
}
