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

    @Test("a venue overview and a section's seats written by hand decode to the same values")
    func venueBodiesSameAsEncoder() throws {
        let section = SectionSummary(
            id: SectionID(3), name: "F\"1\"", grade: "VIP", price: 150_000, place: GridBox(x: 2, y: 1, width: 4, height: 2),
            order: 0, rowCount: 2, seatCount: 5, freeSeats: 2)
        let date = ConcertDate(
            id: DateID(2), concertID: ConcertID(1), startsAt: Timestamp(milliseconds: 1_000), seatCount: 5, freeSeats: 2,
            timeZone: "Asia/Seoul")
        for stage in [GridBox(x: 0, y: 0, width: 8, height: 1), nil] {
            let overview = VenueOverview(
                concert: ConcertID(1), concertTitle: "아이유\n", venue: "KSPO DOME", timeZone: "Asia/Seoul", stage: stage, date: date,
                sections: [section], checkedAt: Timestamp(milliseconds: 42))
            let body = VenueOverviewBody(overview)
            var json = JSONWriter()
            body.write(to: &json)
            #expect(try JSONDecoder().decode(VenueOverviewBody.self, from: Data(json.bytes)) == body)
        }
        let seats = SectionSeats(
            date: DateID(2), section: section, rows: [SectionRow(label: "A", seats: 3), SectionRow(label: "B", seats: 2)],
            firstSeat: SeatID(100),
            states: [.free, .held, .sold, .boughtByYou, .heldByYou(ReservationID(9), until: Timestamp(milliseconds: 5_000))],
            checkedAt: Timestamp(milliseconds: 42))
        let body = SectionSeatsBody(seats)
        var json = JSONWriter()
        body.write(to: &json)
        let decoded = try JSONDecoder().decode(SectionSeatsBody.self, from: Data(json.bytes))
        #expect(decoded == body)
        #expect(decoded.engineValue == seats)
    }
}
