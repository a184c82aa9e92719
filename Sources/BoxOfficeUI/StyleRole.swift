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
}
