import BookingEngine
import BoxOfficeUI
import Foundation

/// Times and spans as the commands print them.
enum TimeText {
    /// `2026-12-24 19:30` in the local time zone (at that moment's offset from UTC).
    static func dateTime(_ moment: Timestamp) -> String {
        var seconds = time_t(moment.milliseconds / 1000)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday, parts.tm_hour, parts.tm_min)
    }

    /// A span in words, in the run's language: `45 s`, `5 min`, `1 h 5 min`, `2 d 3 h`
    /// (`5분`, `1시간 5분`).
    static func span(_ duration: Duration) -> String {
        let seconds = duration.components.seconds
        if seconds < 60 { return say(.spanSeconds, seconds) }
        let minutes = seconds / 60
        if minutes < 60 { return say(.spanMinutes, minutes) }
        let hours = minutes / 60
        if hours < 24 { return minutes % 60 == 0 ? say(.spanHours, hours) : say(.spanHoursMinutes, hours, minutes % 60) }
        return hours % 24 == 0 ? say(.spanDays, hours / 24) : say(.spanDaysHours, hours / 24, hours % 24)
    }
}
