/// Two stadium nights as catalog YAML: the demo catalog's stadium layout (46,300 seats: nine
/// floor blocks of 900, a lower ring of 13 blocks of 1,500, an upper ring of 17 of 1,100),
/// one concert per night. The front section is the three VIP floor blocks before the stage
/// (F1–F3, 2,700 seats a night).
public enum StadiumCatalog {
    public static let nights = 2
    public static let titlePrefix = "Stadium Show "
    public static let seatsPerNight = 46_300
    /// The grade of the front section's blocks.
    public static let frontGrade = "VIP"

    /// The catalog with `nights` concerts of one date each (+1d, +2d, …).
    public static func text(nights: Int = nights) -> String {
        var lines = ["venues:", "  - name: Bench Stadium", "    zone: Asia/Seoul", "    stage: [2, 0, 3, 1]", "    sections:"]
        func section(_ name: String, _ grade: String, _ price: Int, _ x: Int, _ y: Int, _ rows: String) {
            lines.append("      - {name: \"\(name)\", grade: \(grade), price: \(price), place: [\(x), \(y)], rows: \(rows)}")
        }
        let floor = [(2, 1), (3, 1), (4, 1), (2, 2), (3, 2), (4, 2), (2, 3), (3, 3), (4, 3)]
        for (index, (x, y)) in floor.enumerated() {
            section("F\(index + 1)", y == 1 ? frontGrade : "R", y == 1 ? 198_000 : 176_000, x, y, "25 x 36")
        }
        let lower = [(1, 0), (1, 1), (1, 2), (1, 3), (1, 4), (2, 4), (3, 4), (4, 4), (5, 4), (5, 3), (5, 2), (5, 1), (5, 0)]
        for (index, (x, y)) in lower.enumerated() { section("1\(index < 9 ? "0" : "")\(index + 1)", "S", 154_000, x, y, "30 x 50") }
        let upper = [(0, 0), (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5), (6, 5), (6, 4), (6, 3),
                     (6, 2), (6, 1), (6, 0)]
        for (index, (x, y)) in upper.enumerated() { section("2\(index < 9 ? "0" : "")\(index + 1)", "B", 99_000, x, y, "22 x 50") }
        lines.append("concerts:")
        for night in 1...nights {
            lines.append("  - {title: \(titlePrefix)\(night), venue: Bench Stadium, dates: [{at: +\(night)d 19:00}]}")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
