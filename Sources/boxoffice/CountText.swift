import BookingEngine

/// A count with its noun, thousands separated: `1 seat`, `12,000 seats`.
enum CountText {
    static func of(_ count: Int, _ noun: String) -> String {
        "\(PointsText.grouped(Int64(count))) \(noun)\(count == 1 ? "" : "s")"
    }
}
