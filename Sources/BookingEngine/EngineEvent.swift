/// One significant thing the engine did or refused, for the inspector panel.
public struct EngineEvent: Sendable, Equatable {
    /// What kind of thing happened.
    public enum Kind: String, Sendable, CaseIterable {
        /// A buyer joined the line (or was admitted at once).
        case queue
        /// An admission run promoted waiting buyers.
        case admission
        /// A sweep deleted expired tokens or cancelled lapsed holds.
        case sweep
        /// Seats were held.
        case hold
        /// A hold was given up.
        case release
        /// A payment went through.
        case payment
        /// Points were charged.
        case charge
        /// A catalog was loaded.
        case catalog
        /// The QA clock was moved.
        case clock
        /// An operator changed the database's policy.
        case policy
        /// An operation failed; the text names it and its error code.
        case error
        /// Recorded by something outside the engine, such as the demo crowd.
        case note
    }

    /// When it happened, on the engine's clock.
    public let at: Timestamp
    public let kind: Kind
    /// One line in English: "Admitted 3 from the line". Stored beside `detail`, and what a
    /// reader shows when there is no detail.
    public let text: String
    /// What happened as typed values, for a reader to word in its own language; nil for an
    /// event recorded before events had details, a note from outside the engine, or a
    /// detail written by a newer build that this one cannot read.
    public let detail: Detail?

    /// An event told only in words (a note from outside the engine).
    public init(at: Timestamp, kind: Kind, text: String) {
        self.init(at: at, kind: kind, text: text, detail: nil)
    }

    /// An event told by its detail, with its kind and English text derived from it.
    public init(at: Timestamp, detail: Detail) {
        self.init(at: at, kind: detail.kind, text: detail.english, detail: detail)
    }

    /// An event as a store keeps it.
    public init(at: Timestamp, kind: Kind, text: String, detail: Detail?) {
        self.at = at
        self.kind = kind
        self.text = text
        self.detail = detail
    }
}
