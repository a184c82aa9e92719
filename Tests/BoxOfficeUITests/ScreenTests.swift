import BookingEngine
import Testing
@testable import BoxOfficeUI

@Suite("Cell grid and formatting")
struct ScreenTests {
    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(width: 6, height: 1)
        screen.put("가나다", x: 0, y: 0)
        screen.put("|", x: 1, y: 0)
        #expect(screen.lines[0] == " |나다")
        screen.put("x", x: 2, y: 0)
        #expect(screen.lines[0] == " |x 다")
        screen.clear(x: 5, y: 0, width: 1, height: 1)
        #expect(screen.lines[0] == " |x   ")
        #expect(TerminalColumns.width(of: screen.lines[0]) == 6)
    }

    @Test func datesAndTimesUseTheGivenOffset() {
        let seoul = { (style: PerformanceTime.Style) in
            PerformanceTime.performance(Fixture.iuShow, zone: "Asia/Seoul", buyerZone: "Asia/Seoul", language: .english, style: style)
        }
        #expect(seoul(.long) == "Sat 28 Nov 2026 19:00 KST")
        #expect(PerformanceTime.performance(Fixture.iuShow, zone: "UTC", buyerZone: "UTC", language: .english, style: .long)
                == "Sat 28 Nov 2026 10:00 UTC")
        #expect(Formatting.clockTime(Fixture.start, utcOffsetMinutes: -300) == "07:00:00")
        #expect(PerformanceTime.performance(Timestamp(milliseconds: 0), zone: "GMT-0100", buyerZone: "GMT-0100", language: .english,
                                      style: .short) == "Wed 31 Dec 23:00")
    }

    @Test func pointsAndCountdownsFormat() {
        #expect(Formatting.points(0) == "0")
        #expect(Formatting.points(999) == "999")
        #expect(Formatting.points(1_000) == "1,000")
        #expect(Formatting.points(10_000_000) == "10,000,000")
        #expect(Formatting.countdown(until: Fixture.at(seconds: 300), now: Fixture.start) == "5:00")
        #expect(Formatting.countdown(until: Fixture.at(seconds: 300), now: Fixture.start + .milliseconds(1)) == "5:00")
        #expect(Formatting.countdown(until: Fixture.at(seconds: 300), now: Fixture.at(seconds: 1)) == "4:59")
        #expect(Formatting.countdown(until: Fixture.at(seconds: 3_700), now: Fixture.start) == "1:01:40")
    }
}
