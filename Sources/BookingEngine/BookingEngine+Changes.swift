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
