import BookingEngine

/// Best available's question, as the buyer answers it: how many seats, and where to look.
public struct BestAvailableQuestion: Sendable, Equatable {
    /// Where best available looks.
    public enum Scope: Sendable, Equatable {
        /// Every section, best first.
        case anywhere
        /// Sections of this grade.
        case grade(String)
        /// This section only.
        case section(SectionID, name: String)
    }

    /// Seats wanted: 1 up to the buyer's remaining allowance.
    public internal(set) var count: Int
    /// The allowance: the hold limit less the holds the buyer has.
    public let most: Int
    /// Where to look, and the other places the buyer can switch to with Tab.
    public internal(set) var scope: Scope
    public let scopes: [Scope]

    init(most: Int, scopes: [Scope]) {
        self.most = most
        count = most
        self.scopes = scopes
        scope = scopes.first ?? .anywhere
    }

    /// The scope after the current one, round the list.
    mutating func nextScope() {
        guard let index = scopes.firstIndex(of: scope) else { return }
        scope = scopes[(index + 1) % scopes.count]
    }
}
