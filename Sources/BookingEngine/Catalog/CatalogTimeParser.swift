/// Reads performance times: `2026-12-24 19:30 +09:00` or `+14d 19:30 +09:00`.
///
/// Every number is bounded before use (a day count at most 3650 either way, a year from
/// 1970 to 9999, an offset at most 14 hours), so any moment computed from them fits.
enum CatalogTimeParser {
    /// The furthest a day count may reach, before or after the loading day.
    static let maxDayCount = 3650

    static func parse(day: String, time: String, offset: String, line: Int) throws(BookingError) -> CatalogTime {
        let minuteOfDay = try clock(time, line: line)
        let offsetMinutes = try utcOffset(offset, line: line)
        if day.hasSuffix("d"), let sign = day.first, sign == "+" || sign == "-" {
            guard let days = CatalogNumber.parse(day.dropFirst().dropLast(), in: 0...maxDayCount) else {
                throw .invalidCatalog(line: line, problem: "\"\(day)\" is not a day count like +14d or -3d (at most \(maxDayCount))")
            }
            return .relative(days: sign == "-" ? -days : days, minuteOfDay: minuteOfDay, offsetMinutes: offsetMinutes)
        }
        let fields = day.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, let year = CatalogNumber.parse(fields[0], in: 1970...9999),
            let month = CatalogNumber.parse(fields[1], in: 1...12),
            let dayOfMonth = CatalogNumber.parse(fields[2], in: 1...daysIn(month: month, year: year))
        else {
            throw .invalidCatalog(line: line, problem: "\"\(day)\" is not a date like 2026-12-24 or a day count like +14d")
        }
        let days = daysFromCivil(year: year, month: month, day: dayOfMonth)
        let ms = (days * 1440 + Int64(minuteOfDay) - Int64(offsetMinutes)) * 60_000
        return .absolute(Timestamp(milliseconds: ms))
    }

    private static func clock(_ text: String, line: Int) throws(BookingError) -> Int {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let hour = CatalogNumber.parse(parts[0], in: 0...23),
            let minute = CatalogNumber.parse(parts[1], in: 0...59)
        else {
            throw .invalidCatalog(line: line, problem: "\"\(text)\" is not a time like 19:30")
        }
        return hour * 60 + minute
    }

    private static func utcOffset(_ text: String, line: Int) throws(BookingError) -> Int {
        let parts = text.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
        guard let sign = text.first, sign == "+" || sign == "-", parts.count == 2,
            let hours = CatalogNumber.parse(parts[0], in: 0...14), let minutes = CatalogNumber.parse(parts[1], in: 0...59)
        else {
            throw .invalidCatalog(line: line, problem: "\"\(text)\" is not a UTC offset like +09:00")
        }
        let total = hours * 60 + minutes
        return sign == "-" ? -total : total
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
