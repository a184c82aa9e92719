import BookingEngine

/// Performance times in the venue's zone ("19:00 KST"), with the buyer's own time beside
/// when the buyer's clock differs. Offsets and abbreviations are those in force at each
/// moment (daylight saving included); the zones are parameters, never the process's.
extension Formatting {
    /// `Sat 28 Nov 2026 19:00 KST`.
    public static func performance(_ moment: Timestamp, zone: String) -> String {
        performance(moment, utcOffsetMinutes: offsetMinutes(zone, moment)) + " " + LocalTime.abbreviation(zone, at: moment)
    }

    /// `Sat 28 Nov 19:00 KST`, for narrower columns.
    public static func shortPerformance(_ moment: Timestamp, zone: String) -> String {
        shortPerformance(moment, utcOffsetMinutes: offsetMinutes(zone, moment)) + " " + LocalTime.abbreviation(zone, at: moment)
    }

    /// `19:00 KST`.
    public static func localTime(_ moment: Timestamp, zone: String) -> String {
        let civil = CivilTime(moment, utcOffsetMinutes: offsetMinutes(zone, moment))
        return "\(twoDigits(civil.hour)):\(twoDigits(civil.minute)) " + LocalTime.abbreviation(zone, at: moment)
    }

    /// The buyer's own time of `moment` (`10:00 UTC`, with the day when it differs from
    /// the venue's: `Sat 28 Nov 05:00 EST`), or nil when the buyer's clock reads as the venue's.
    public static func buyerTime(_ moment: Timestamp, venueZone: String, buyerZone: String) -> String? {
        let venue = offsetMinutes(venueZone, moment)
        let buyer = offsetMinutes(buyerZone, moment)
        guard venue != buyer else { return nil }
        let here = CivilTime(moment, utcOffsetMinutes: buyer)
        let there = CivilTime(moment, utcOffsetMinutes: venue)
        let time = "\(twoDigits(here.hour)):\(twoDigits(here.minute)) " + LocalTime.abbreviation(buyerZone, at: moment)
        return here.day == there.day ? time : "\(here.weekdayName) \(here.day) \(here.monthName) " + time
    }

    private static func offsetMinutes(_ zone: String, _ moment: Timestamp) -> Int {
        LocalTime.offsetSeconds(zone, at: moment) / 60
    }
}
