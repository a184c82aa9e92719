/// Reads performance times, always in the venue's zone: `2026-12-24 19:30` (with an
/// optional UTC offset that must agree with the zone, like `2026-11-01 01:30 -04:00` to
/// pick one of a repeated hour) or `+14d 19:30`, counted in days from the day of loading.
///
/// Every number is bounded before use (a day count at most 3650 either way, a year from
/// 1970 to 9999, an offset at most 14 hours), so any moment computed from them fits.
enum CatalogTimeParser {
    /// The furthest a day count may reach, before or after the loading day.
    static let maxDayCount = 3650

    static func parse(_ text: String, zone: String, line: Int) throws(BookingError) -> CatalogTime {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard (2...3).contains(parts.count) else {
            throw .invalidCatalog(line: line, problem: .timeShape(text))
        }
        let minuteOfDay = try clock(parts[1], line: line)
        let day = parts[0]
        if day.hasSuffix("d"), let sign = day.first, sign == "+" || sign == "-" {
            guard let days = CatalogNumber.parse(day.dropFirst().dropLast(), in: 0...maxDayCount) else {
                throw .invalidCatalog(line: line, problem: .notADayCount(day, limit: maxDayCount))
            }
            guard parts.count == 2 else {
                throw .invalidCatalog(line: line, problem: .dayCountWithOffset(zone: zone, offset: parts[2]))
            }
            return .relative(days: sign == "-" ? -days : days, minuteOfDay: minuteOfDay, zone: zone)
        }
        let fields = day.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, let year = CatalogNumber.parse(fields[0], in: 1970...9999),
            let month = CatalogNumber.parse(fields[1], in: 1...12),
            let dayOfMonth = CatalogNumber.parse(fields[2], in: 1...daysIn(month: month, year: year))
        else {
            throw .invalidCatalog(line: line, problem: .notADate(day))
        }
        let wall = (daysFromCivil(year: year, month: month, day: dayOfMonth) * 1440 + Int64(minuteOfDay)) * 60
        let moments = LocalTime.moments(ofWallClock: wall, in: zone)
        if parts.count == 3 {
            let offset = try utcOffset(parts[2], line: line)
            let moment = Timestamp(milliseconds: (wall - Int64(offset) * 60) * 1000)
            let actual = LocalTime.offsetSeconds(zone, at: moment)
            guard actual == offset * 60 else {
                throw .invalidCatalog(line: line, problem: .wrongOffset(zone: zone, actual: offsetText(actual / 60), written: parts[2]))
            }
            return .absolute(moment)
        }
        switch moments.count {
        case 1:
            return .absolute(moments[0])
        case 0:
            throw .invalidCatalog(line: line, problem: .skippedTime(time: parts[1], day: day, zone: zone))
        default:
            let offsets = moments.map { offsetText(LocalTime.offsetSeconds(zone, at: $0) / 60) }
            throw .invalidCatalog(line: line, problem: .repeatedTime(time: parts[1], day: day, zone: zone, offsets: offsets))
        }
    }

    private static func clock(_ text: String, line: Int) throws(BookingError) -> Int {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let hour = CatalogNumber.parse(parts[0], in: 0...23),
            let minute = CatalogNumber.parse(parts[1], in: 0...59)
        else {
            throw .invalidCatalog(line: line, problem: .notAClockTime(text))
        }
        return hour * 60 + minute
    }

    /// `+09:00` as minutes.
    private static func utcOffset(_ text: String, line: Int) throws(BookingError) -> Int {
        let parts = text.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
        guard let sign = text.first, sign == "+" || sign == "-", parts.count == 2,
            let hours = CatalogNumber.parse(parts[0], in: 0...14), let minutes = CatalogNumber.parse(parts[1], in: 0...59)
        else {
            throw .invalidCatalog(line: line, problem: .notAnOffset(text))
        }
        let total = hours * 60 + minutes
        return sign == "-" ? -total : total
    }

    private static func offsetText(_ minutes: Int) -> String {
        let hours = abs(minutes) / 60
        let rest = abs(minutes) % 60
        return (minutes < 0 ? "-" : "+") + (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
