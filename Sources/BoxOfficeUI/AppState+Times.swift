import BookingEngine

extension AppState {
    /// The IANA zone performance `date` is shown in: its own zone when known
    /// (`performanceZones`), else the buyer's.
    public func zone(of date: DateID) -> String {
        performanceZones[date] ?? buyerTimeZone
    }

    /// When performance `date` starts, in its zone, in the buyer's language.
    func performanceTime(_ moment: Timestamp, of date: DateID, style: LocalTime.Style) -> String {
        LocalTime.performance(moment, zone: zone(of: date), buyerZone: buyerTimeZone, language: language, style: style)
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
