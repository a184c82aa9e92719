import Foundation
import Synchronization

/// Time at a venue: its IANA zone's UTC offset and abbreviation at a given moment
/// (daylight saving included), and the moment a local wall-clock time names.
///
/// Offsets come from Foundation's time zones; abbreviations ("KST", "EDT") from the
/// system's zone files (`ZoneAbbreviations`), because Foundation on Linux names zones
/// "GMT+9". Zones are looked up once per process and kept.
public enum LocalTime {
    private static let zones = Mutex<[String: TimeZone]>([:])

    /// Whether `identifier` names an IANA time zone, such as `Asia/Seoul` or `UTC`.
    public static func isKnownZone(_ identifier: String) -> Bool {
        identifier == "UTC" || (TimeZone.knownTimeZoneIdentifiers.contains(identifier) && zone(identifier) != nil)
    }

    /// The zone's offset from UTC at `moment`, in seconds (0 for an unknown zone).
    public static func offsetSeconds(_ identifier: String, at moment: Timestamp) -> Int {
        zone(identifier)?.secondsFromGMT(for: date(moment)) ?? 0
    }

    /// The zone's abbreviation at `moment`: "KST", "EST" in January and "EDT" in July for
    /// America/New_York; "UTC+5:30" style when the system has no name for it.
    public static func abbreviation(_ identifier: String, at moment: Timestamp) -> String {
        guard let zone = zone(identifier) else { return "UTC" }
        let when = date(moment)
        let offset = zone.secondsFromGMT(for: when)
        if let name = ZoneAbbreviations.name(zone: identifier, offset: offset, daylight: zone.isDaylightSavingTime(for: when)) {
            return name
        }
        return numericName(offset)
    }

    /// "UTC+9", "UTC-3:30", "UTC".
    static func numericName(_ offset: Int) -> String {
        if offset == 0 { return "UTC" }
        let hours = abs(offset) / 3600
        let minutes = abs(offset) % 3600 / 60
        return "UTC" + (offset < 0 ? "-" : "+") + "\(hours)" + (minutes == 0 ? "" : ":" + (minutes < 10 ? "0" : "") + "\(minutes)")
    }

    /// The moments at which the zone's clocks show `wallSeconds` (seconds since 1970 as if
    /// the wall clock were UTC): none in a gap when clocks skip ahead, two when they fall
    /// back and the hour repeats, earliest first.
    public static func moments(ofWallClock wallSeconds: Int64, in identifier: String) -> [Timestamp] {
        guard let zone = zone(identifier) else { return [] }
        let around = [wallSeconds - 86_400, wallSeconds, wallSeconds + 86_400].map {
            zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval($0)))
        }
        var found: Set<Int64> = []
        for offset in Set(around) {
            let instant = wallSeconds - Int64(offset)
            if zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant))) == offset { found.insert(instant) }
        }
        return found.sorted().map { Timestamp(milliseconds: $0 * 1000) }
    }

    private static func date(_ moment: Timestamp) -> Date {
        Date(timeIntervalSince1970: TimeInterval(moment.milliseconds) / 1000)
    }

    private static func zone(_ identifier: String) -> TimeZone? {
        if let known = zones.withLock({ $0[identifier] }) { return known }
        guard let made = TimeZone(identifier: identifier) else { return nil }
        zones.withLock { $0[identifier] = made }
        return made
    }
}
