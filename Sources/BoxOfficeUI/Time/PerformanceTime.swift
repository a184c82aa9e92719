import BookingEngine

/// Performance times as buyers read them: in the performance's own zone with its
/// abbreviation, and the buyer's own time beside it when the buyer's clock reads otherwise.
///
/// `Thu 24 Dec 19:00 KST (10:00 your time)` / `12월 24일 (목) 19:00 KST (내 시간 10:00)`.
/// Pure: the same moment, zones and language always give the same text.
public enum PerformanceTime {
    /// How much of the date a format shows.
    public enum Style: Sendable {
        /// Weekday, day, month, year, time and zone, and the buyer's time when elsewhere.
        case long
        /// Weekday, day, month, time and zone, and the buyer's time when elsewhere.
        case medium
        /// Weekday, day, month and time; the zone only when it is not the buyer's.
        case short
        /// Day, month and time; the zone only when it is not the buyer's.
        case compact
    }

    /// `moment` as a performance time in zone `zone` (an IANA id such as `Asia/Seoul`), for a
    /// buyer in `buyerZone`.
    public static func performance(
        _ moment: Timestamp, zone: String, buyerZone: String, language: Language, style: Style = .medium
    ) -> String {
        let there = ZoneClock(zone: zone, at: moment)
        let civil = CivilTime(moment, utcOffsetMinutes: there.offsetMinutes)
        let date = dateText(civil, language: language, style: style)
        let time = Formatting.twoDigits(civil.hour) + ":" + Formatting.twoDigits(civil.minute)
        let here = ZoneClock(zone: buyerZone, at: moment)
        let elsewhere = here.offsetMinutes != there.offsetMinutes
        switch style {
        case .short, .compact:
            return date + " " + time + (elsewhere ? " " + there.abbreviation : "")
        case .long, .medium:
            let text = date + " " + time + " " + there.abbreviation
            guard elsewhere else { return text }
            return text + " " + yourTime(moment, there: civil, here: here, language: language)
        }
    }

    /// `(10:00 your time)`, with the weekday when the buyer's day is another one.
    private static func yourTime(_ moment: Timestamp, there: CivilTime, here: ZoneClock, language: Language) -> String {
        let civil = CivilTime(moment, utcOffsetMinutes: here.offsetMinutes)
        var time = Formatting.twoDigits(civil.hour) + ":" + Formatting.twoDigits(civil.minute)
        if civil.day != there.day { time = weekday(civil, language) + " " + time }
        return language.text(ScreenKey.yourTime, time)
    }

    private static func dateText(_ civil: CivilTime, language: Language, style: Style) -> String {
        switch (language, style) {
        case (.english, .long): "\(weekday(civil, language)) \(civil.day) \(month(civil, language)) \(civil.year)"
        case (.english, .medium), (.english, .short): "\(weekday(civil, language)) \(civil.day) \(month(civil, language))"
        case (.english, .compact): "\(civil.day) \(month(civil, language))"
        case (.korean, .long): "\(civil.year)년 \(civil.month)월 \(civil.day)일 (\(weekday(civil, language)))"
        case (.korean, .medium), (.korean, .short): "\(civil.month)월 \(civil.day)일 (\(weekday(civil, language)))"
        case (.korean, .compact): "\(civil.month)월 \(civil.day)일"
        }
    }

    static func weekday(_ civil: CivilTime, _ language: Language) -> String {
        let names = switch language {
        case .english: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        case .korean: ["일", "월", "화", "수", "목", "금", "토"]
        }
        return names[Int(civil.weekday)]
    }

    private static func month(_ civil: CivilTime, _ language: Language) -> String {
        switch language {
        case .english: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Int(civil.month) - 1]
        case .korean: "\(civil.month)월"
        }
    }
}
