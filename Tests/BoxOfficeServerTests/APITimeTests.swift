import BookingEngine
import BoxOfficeAPI
import Testing

@Suite("APITime")
struct APITimeTests {
    @Test("RFC 3339 out in UTC with milliseconds, in with any offset and fraction")
    func roundTrip() {
        let moment = Timestamp(milliseconds: 1_795_608_000_250)
        #expect(APITime.format(moment) == "2026-11-25T12:00:00.250Z")
        #expect(APITime.parse("2026-11-25T12:00:00.250Z") == moment)
        #expect(APITime.parse("2026-11-25T21:00:00.25+09:00") == moment)
        #expect(APITime.parse("2026-11-25T12:00:00.250123Z") == moment)
        #expect(APITime.parse("1969-12-31T23:59:59.999Z") == Timestamp(milliseconds: -1))
        #expect(APITime.format(Timestamp(milliseconds: -1)) == "1969-12-31T23:59:59.999Z")
        for bad in ["", "2026-11-25", "2026-11-25T12:00:00", "2026-13-25T12:00:00Z", "2026-11-25T12:00:00.Z", "2026-11-25T12:00:00+9"] {
            #expect(APITime.parse(bad) == nil, "\(bad)")
        }
    }
}
