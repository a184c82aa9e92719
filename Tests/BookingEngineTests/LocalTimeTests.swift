import BookingEngine
import Testing

/// Zone offsets and abbreviations per moment, daylight saving included.
@Suite struct LocalTimeTests {
    static let january = Timestamp(milliseconds: 1_799_971_200_000)  // 2027-01-15 00:00 UTC
    static let july = Timestamp(milliseconds: 1_815_609_600_000)  // 2027-07-15 00:00 UTC

    @Test func abbreviationsFollowDaylightSaving() {
        #expect(LocalTime.abbreviation("America/New_York", at: Self.january) == "EST")
        #expect(LocalTime.abbreviation("America/New_York", at: Self.july) == "EDT")
        #expect(LocalTime.offsetSeconds("America/New_York", at: Self.january) == -5 * 3600)
        #expect(LocalTime.offsetSeconds("America/New_York", at: Self.july) == -4 * 3600)
        #expect(LocalTime.abbreviation("Europe/London", at: Self.july) == "BST")
    }

    @Test func seoulIsKSTAllYearAndUTCIsUTC() {
        for moment in [Self.january, Self.july] {
            #expect(LocalTime.abbreviation("Asia/Seoul", at: moment) == "KST")
            #expect(LocalTime.offsetSeconds("Asia/Seoul", at: moment) == 9 * 3600)
            #expect(LocalTime.abbreviation("UTC", at: moment) == "UTC")
        }
    }

    @Test func zonesAreCheckedByName() {
        #expect(LocalTime.isKnownZone("Asia/Seoul") && LocalTime.isKnownZone("UTC") && LocalTime.isKnownZone("America/New_York"))
        #expect(!LocalTime.isKnownZone("KST") && !LocalTime.isKnownZone("Seoul") && !LocalTime.isKnownZone("GMT+9"))
        #expect(!LocalTime.isKnownZone("../../etc/passwd") && !LocalTime.isKnownZone(""))
    }

    @Test func wallClocksInGapsAndRepeats() {
        let gap: Int64 = 1_804_991_400  // 2027-03-14 02:30 as if UTC: skipped in New York
        #expect(LocalTime.moments(ofWallClock: gap, in: "America/New_York").isEmpty)
        let repeated: Int64 = 1_793_496_600  // 2026-11-01 01:30 as if UTC: twice in New York
        #expect(LocalTime.moments(ofWallClock: repeated, in: "America/New_York").count == 2)
        #expect(LocalTime.moments(ofWallClock: repeated, in: "Asia/Seoul") == [Timestamp(milliseconds: (repeated - 9 * 3600) * 1000)])
    }
}
