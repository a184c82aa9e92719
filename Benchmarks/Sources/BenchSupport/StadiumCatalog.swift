/// A stadium's two shows as catalog text: 2 concerts × 120 dates × 386 seats = 92,640
/// seats, under the parser's 500-seat limit per date. Seats 1–40 of each date are the
/// front section (VIP).
public enum StadiumCatalog {
    public static let concerts = 2
    public static let titlePrefix = "Stadium Show "
    public static let datesPerConcert = 120
    public static let seatsPerDate = 386
    public static let frontSeats = 40

    /// The catalog, with `dates` dates per concert (fewer for smoke runs).
    public static func text(dates: Int = datesPerConcert) -> String {
        var lines: [String] = []
        for concert in 1...concerts {
            lines += [
                "concert: \(titlePrefix)\(concert)", "  venue: Olympic Stadium",
                "  grade: VIP 1-\(frontSeats) 165000", "  grade: R \(frontSeats + 1)-200 132000",
                "  grade: S 201-\(seatsPerDate) 99000",
            ]
            lines += (1...dates).map { "  date: +\($0)d 19:00 +09:00" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
