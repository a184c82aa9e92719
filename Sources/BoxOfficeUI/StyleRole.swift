/// What a piece of the screen means. The terminal maps each role to colours, or to
/// bold/underline/reverse when colours are off; rendering never names a colour.
public enum StyleRole: UInt8, Sendable, CaseIterable, Equatable {
    case normal
    case dim
    case emphasis
    case header
    case footer
    case keyHint
    case available
    case heldByOthers
    case sold
    case mine
    case selected
    case cursor
    case error
    case success
    case warning
    case stage
    case progress
    case border
    /// A venue section, by its grade's rank in the venue: the dearest grade first.
    case gradeFirst
    case gradeSecond
    case gradeThird
    case gradeFourth
    case gradeOther

    /// The role of the grade ranked `rank` (0 is the dearest) in a venue.
    public static func grade(rank: Int) -> StyleRole {
        [.gradeFirst, .gradeSecond, .gradeThird, .gradeFourth][safe: rank] ?? .gradeOther
    }
}

extension Array {
    /// The element at `index`, or nil past the ends.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
