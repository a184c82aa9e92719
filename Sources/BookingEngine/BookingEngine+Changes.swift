extension BookingEngine {
    /// A number that moves on whenever any process records a change to the database that
    /// buyers can see: a hold, a release, a payment, a top-up, someone joining the line, an
    /// admission, a sweep. Equal marks mean nothing was recorded in between; a seat freed
    /// by its hold's deadline passing changes no mark (it needs no write, see SPEC).
    /// For watchers that push changes to clients instead of having them poll.
    public func changeMark() async throws(BookingError) -> Int64 {
        try await read { tx, _, _ in try tx.eventMark() }
    }
}

/// A store that can say when any process may have committed a change, so that watchers
/// (the server's live updates) wake then instead of polling often.
public protocol StoreChangeSignals: Sendable {
    /// Yields after a commit that recorded a change, in any process; several commits in a
    /// row may come as one. Also yields after the store had to reconnect, as changes may
    /// have been missed meanwhile. Ends never; a watcher polls too, as a fallback.
    func changeSignals() -> AsyncStream<Void>
}

extension BookingEngine {
    /// The store's change signals, or nil when it has none (then watchers poll).
    public func changeSignals() -> AsyncStream<Void>? {
        (store as? any StoreChangeSignals)?.changeSignals()
    }
}
