import BookingEngine

extension AppState {
    /// When a performance in zone `zone` starts, in that zone and the buyer's language, with
    /// the buyer's own time beside it when their clock reads otherwise.
    func performanceTime(_ moment: Timestamp, zone: String, style: PerformanceTime.Style) -> String {
        PerformanceTime.performance(moment, zone: zone, buyerZone: buyerTimeZone, language: language, style: style)
    }

    /// The zone of performance `date` as the concert list gave it; the buyer's own zone
    /// for a date the list does not hold.
    func zone(of date: DateID) -> String {
        concerts.lazy.flatMap(\.dates).first { $0.id == date }?.timeZone ?? buyerTimeZone
    }

    /// A wall-clock time `HH:MM:SS` at the buyer's place.
    func clockTime(_ moment: Timestamp) -> String {
        Formatting.clockTime(moment, utcOffsetMinutes: utcOffsetMinutes)
    }

    /// Points as the screens write an amount: `1,234 pts` / `1,234P`.
    func pointsText(_ value: Int64) -> String {
        text(ScreenKey.pointsAmount, Formatting.points(value))
    }
}
