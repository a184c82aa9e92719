import BookingEngine

/// Text for numbers, times and durations as the screens show them.
///
/// Everything is computed from explicit inputs (a timestamp and a UTC offset), never
/// from the process's locale or time zone, so rendering stays pure and testable.
/// Performance dates, which name their zone, are `LocalTime`'s.
public enum Formatting {
    /// Whole points with thousands separators: `1,234,567`.
    public static func points(_ value: Int64) -> String {
        PointsText.grouped(value)
    }

    /// Whole seconds left until `deadline`, rounded up, never negative.
    public static func secondsLeft(until deadline: Timestamp, now: Timestamp) -> Int64 {
        let milliseconds = max(0, deadline.milliseconds - now.milliseconds)
        return (milliseconds + 999) / 1000
    }

    /// A countdown as `m:ss` (or `h:mm:ss` past an hour), derived from the deadline.
    public static func countdown(until deadline: Timestamp, now: Timestamp) -> String {
        let seconds = secondsLeft(until: deadline, now: now)
        let hours = seconds / 3600
        let minutes = (seconds % 3600) / 60
        let rest = seconds % 60
        if hours > 0 { return "\(hours):\(twoDigits(minutes)):\(twoDigits(rest))" }
        return "\(minutes):\(twoDigits(rest))"
    }

    /// The waiting-room estimate: "estimating…", "under a minute" or "about 2–3 min".
    public static func wait(_ estimate: WaitEstimate, language: Language = .english) -> String {
        switch estimate {
        case .unknown:
            return language.text(ScreenKey.waitEstimating)
        case .range(let low, let high):
            if high < 60 { return language.text(ScreenKey.waitUnderMinute) }
            let lowMinutes = max(1, low / 60)
            let highMinutes = max(lowMinutes, (high + 59) / 60)
            if lowMinutes == highMinutes { return language.text(ScreenKey.waitAbout, lowMinutes) }
            return language.text(ScreenKey.waitAboutRange, lowMinutes, highMinutes)
        }
    }

    /// Local wall-clock time `HH:MM:SS`.
    public static func clockTime(_ moment: Timestamp, utcOffsetMinutes: Int) -> String {
        let civil = CivilTime(moment, utcOffsetMinutes: utcOffsetMinutes)
        return "\(twoDigits(civil.hour)):\(twoDigits(civil.minute)):\(twoDigits(civil.second))"
    }

    static func twoDigits(_ value: some BinaryInteger) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

/// A moment broken into calendar fields at a fixed UTC offset (proleptic Gregorian).
struct CivilTime {
    let year: Int64
    let month: Int64
    let day: Int64
    let hour: Int64
    let minute: Int64
    let second: Int64
    let weekday: Int64

    init(_ moment: Timestamp, utcOffsetMinutes: Int) {
        let seconds = floorDivide(moment.milliseconds, 1000) + Int64(utcOffsetMinutes) * 60
        let days = floorDivide(seconds, 86_400)
        let secondOfDay = seconds - days * 86_400
        hour = secondOfDay / 3600
        minute = (secondOfDay % 3600) / 60
        second = secondOfDay % 60
        weekday = ((days % 7) + 11) % 7
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }
}

private func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
    let quotient = value / divisor
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
}
