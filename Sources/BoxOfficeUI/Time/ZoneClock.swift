import BookingEngine
import Foundation

/// Local time in an IANA zone at one moment: the offset from UTC and the abbreviation
/// people read (KST, EDT, IST), or `UTC+9` style where the zone has none.
struct ZoneClock: Sendable, Equatable {
    /// Minutes east of UTC.
    let offsetMinutes: Int
    /// `KST`, `EDT`, `UTC+5:30`.
    let abbreviation: String

    /// The zone `identifier` at `moment`; an identifier the system does not know is read as UTC.
    init(zone identifier: String, at moment: Timestamp) {
        offsetMinutes = LocalTime.offsetSeconds(identifier, at: moment) / 60
        abbreviation = Self.readable(LocalTime.abbreviation(identifier, at: moment), offsetMinutes: offsetMinutes)
    }

    /// A name made of letters as it is; a numeric or `GMT±x` name (or none) as `UTC±h[:mm]`.
    static func readable(_ name: String?, offsetMinutes: Int) -> String {
        guard let name, !name.isEmpty, name.allSatisfy(\.isLetter) else { return utcOffset(offsetMinutes) }
        return name
    }

    /// The id of a zone that is always `offsetMinutes` east of UTC (`GMT+0900`), for a caller
    /// that knows only an offset.
    static func fixedZone(offsetMinutes: Int) -> String {
        TimeZone(secondsFromGMT: offsetMinutes * 60)?.identifier ?? "UTC"
    }

    /// `UTC`, `UTC+9`, `UTC-3:30`.
    static func utcOffset(_ minutes: Int) -> String {
        guard minutes != 0 else { return "UTC" }
        let sign = minutes > 0 ? "+" : "-"
        let hours = abs(minutes) / 60
        let rest = abs(minutes) % 60
        return "UTC" + sign + "\(hours)" + (rest == 0 ? "" : ":" + Formatting.twoDigits(rest))
    }
}
