import BookingEngine
import BoxOfficeUI

/// A count with its noun, thousands separated, in the run's language: `1 seat`, `12,000 seats`.
enum CountText {
    static func of(_ count: Int, _ one: CommandKey, _ many: CommandKey) -> String {
        say(count == 1 ? one : many, PointsText.grouped(Int64(count)))
    }
}
