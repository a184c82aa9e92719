import Foundation

/// The time at the start of a log line: `2026-12-05T21:00:05Z` (UTC, whole seconds), made
/// with the C library rather than a date formatter, since a server writes a line per request.
enum LogTimestamp {
    static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday, parts.tm_hour, parts.tm_min,
            parts.tm_sec)
    }
}
