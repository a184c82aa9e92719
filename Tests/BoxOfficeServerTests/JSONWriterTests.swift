import BookingEngine
import BoxOfficeAPI
import Foundation
import Testing

@Suite("JSONWriter")
struct JSONWriterTests {
    @Test("a seat map and a concert list written by hand decode to the same values, escapes included")
    func sameAsEncoder() throws {
        let date = ConcertDate(id: DateID(2), concertID: ConcertID(1), startsAt: Timestamp(milliseconds: 1_000), seatCount: 3, freeSeats: 1)
        let map = SeatMap(
            concert: ConcertID(1), concertTitle: "아이유 \"HER\" \\ \u{1}", venue: "Hall\nA", date: date,
            seats: [
                Seat(id: SeatID(7), number: 1, grade: "R", price: 100, state: .heldByYou(ReservationID(9), until: Timestamp(milliseconds: 5))),
                Seat(id: SeatID(8), number: 2, grade: "R", price: 100, state: .free),
                Seat(id: SeatID(9), number: 3, grade: "S", price: 50, state: .boughtByYou),
            ],
            grades: [SeatGrade(name: "R", price: 100), SeatGrade(name: "S", price: 50)], checkedAt: Timestamp(milliseconds: 42))
        let body = SeatMapBody(map)
        var json = JSONWriter()
        body.write(to: &json)
        #expect(try JSONDecoder().decode(SeatMapBody.self, from: Data(json.bytes)) == body)
        #expect(body.engineValue == map)

        let concerts = [ConcertBody(Concert(id: ConcertID(1), title: "t", venue: "v", dates: [date]))]
        var list = JSONWriter()
        concerts.write(to: &list)
        #expect(try JSONDecoder().decode([ConcertBody].self, from: Data(list.bytes)) == concerts)
    }
}
