import BookingEngine
import Testing
@testable import BoxOfficeUI

/// Performance times in their own zone, named per moment, with the buyer's time beside.
@Suite("Local time formatting")
struct PerformanceTimeTests {
    /// 2026-12-24 10:00 UTC: 19:00 in Seoul, 05:00 in New York.
    static let christmasEve = Timestamp(milliseconds: 1_798_106_400_000)
    /// 2026-01-15 17:00 UTC (New York in standard time).
    static let january = Timestamp(milliseconds: 1_768_496_400_000)
    /// 2026-07-15 17:00 UTC (New York in daylight time).
    static let july = Timestamp(milliseconds: 1_784_134_800_000)

    @Test func sameZoneHasNoSecondTime() {
        let time = { (language: Language) in
            PerformanceTime.performance(Self.christmasEve, zone: "Asia/Seoul", buyerZone: "Asia/Seoul", language: language)
        }
        #expect(time(.english) == "Thu 24 Dec 19:00 KST")
        #expect(time(.korean) == "12월 24일 (목) 19:00 KST")
    }

    @Test func daylightSavingTimeIsNamedPerMoment() {
        let newYork = { (moment: Timestamp) in
            PerformanceTime.performance(moment, zone: "America/New_York", buyerZone: "America/New_York", language: .english)
        }
        #expect(newYork(Self.january) == "Thu 15 Jan 12:00 EST")
        #expect(newYork(Self.july) == "Wed 15 Jul 13:00 EDT")
    }

    @Test func theBuyersTimeStandsBesideWhenElsewhere() {
        let seoulShowFromTokyo = PerformanceTime.performance(Self.christmasEve, zone: "Asia/Seoul", buyerZone: "Asia/Tokyo", language: .english)
        #expect(seoulShowFromTokyo == "Thu 24 Dec 19:00 KST", "Tokyo keeps Seoul's clock: no second time")
        let fromLondon = { (language: Language) in
            PerformanceTime.performance(Self.christmasEve, zone: "Asia/Seoul", buyerZone: "Europe/London", language: language)
        }
        #expect(fromLondon(.english) == "Thu 24 Dec 19:00 KST (10:00 your time)")
        #expect(fromLondon(.korean) == "12월 24일 (목) 19:00 KST (내 시간 10:00)")
        let fromNewYork = { (language: Language) in
            PerformanceTime.performance(Self.christmasEve, zone: "Asia/Seoul", buyerZone: "America/New_York", language: language)
        }
        #expect(fromNewYork(.english) == "Thu 24 Dec 19:00 KST (05:00 your time)")
        let lateShow = Self.christmasEve + .seconds(5 * 3600)
        #expect(PerformanceTime.performance(lateShow, zone: "Asia/Seoul", buyerZone: "America/Los_Angeles", language: .korean)
                == "12월 25일 (금) 00:00 KST (내 시간 목 07:00)", "the buyer's day is named when it differs")
    }

    @Test func aHalfHourZone() {
        let kolkata = PerformanceTime.performance(Self.christmasEve, zone: "Asia/Kolkata", buyerZone: "Asia/Seoul", language: .english)
        #expect(kolkata == "Thu 24 Dec 15:30 IST (19:00 your time)")
        let adelaide = PerformanceTime.performance(Self.july, zone: "Australia/Adelaide", buyerZone: "Australia/Adelaide", language: .korean)
        #expect(adelaide == "7월 16일 (목) 02:30 ACST")
    }

    @Test func zonesWithoutALetteredNameShowTheirOffset() {
        let kathmandu = PerformanceTime.performance(Self.christmasEve, zone: "Asia/Kathmandu", buyerZone: "Asia/Kathmandu", language: .english)
        #expect(kathmandu == "Thu 24 Dec 15:45 UTC+5:45")
        let fixed = PerformanceTime.performance(Self.christmasEve, zone: "GMT+0900", buyerZone: "GMT+0900", language: .english)
        #expect(fixed == "Thu 24 Dec 19:00 UTC+9")
        #expect(ZoneClock.utcOffset(-210) == "UTC-3:30")
    }

    @Test func stylesShowTheYearOrLeaveTheZoneOut() {
        let long = PerformanceTime.performance(Self.christmasEve, zone: "Asia/Seoul", buyerZone: "Asia/Seoul", language: .korean, style: .long)
        #expect(long == "2026년 12월 24일 (목) 19:00 KST")
        let short = PerformanceTime.performance(Self.christmasEve, zone: "Asia/Seoul", buyerZone: "Asia/Seoul", language: .english, style: .short)
        #expect(short == "Thu 24 Dec 19:00", "tables leave the buyer's own zone out")
        let elsewhere = PerformanceTime.performance(Self.christmasEve, zone: "Asia/Seoul", buyerZone: "UTC", language: .english, style: .compact)
        #expect(elsewhere == "24 Dec 19:00 KST", "but name another zone")
    }

    @Test func theScreensUseThePerformancesZone() {
        var state = Fixture.onConcerts(width: 100, height: 30)
        #expect(render(state, width: 100, height: 30).lines.contains { $0.contains("Sat 28 Nov 2026 19:00 KST  ") })
        let show = Fixture.iuDate
        let inNewYork = ConcertDate(id: show.id, concertID: show.concertID, startsAt: show.startsAt, seatCount: show.seatCount,
                                    freeSeats: show.freeSeats, timeZone: "America/New_York")
        state.concerts = [Concert(id: ConcertID(1), title: Fixture.iuTitle, venue: Fixture.iuVenue, dates: [inNewYork])]
        #expect(render(state, width: 100, height: 30).lines.contains { $0.contains("Sat 28 Nov 2026 05:00 EST (19:00 your time)") })
    }

    /// A buyer elsewhere gets their own time beside each date; when that leaves no room for
    /// the free seats at 80 columns, the list drops the year instead of cutting the counts.
    @Test func theConcertListKeepsItsCountsWhenTheBuyersTimeIsAdded() {
        for language in Language.allCases {
            let state = Fixture.$language.withValue(language) {
                Fixture.$buyerZone.withValue("UTC") { Fixture.onConcerts(width: 80, height: 24) }
            }
            let dates = render(state, width: 80, height: 24).lines.filter { $0.contains("KST") }
            #expect(dates.count == 5, "\(language): \(dates)")
            for line in dates {
                #expect(!line.contains("…") && (line.contains("10:00") || line.contains("your time") || line.contains("내 시간")),
                        "\(language): \(line)")
            }
        }
    }
}
