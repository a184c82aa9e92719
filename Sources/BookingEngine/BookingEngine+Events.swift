extension BookingEngine {
    /// Runs one engine operation; a failure is noted in this process's `events` as
    /// `operation` failing with the error's code, and passed on unchanged. Successes are
    /// recorded by the operation itself, in the database, inside its transaction.
    func noting<T>(_ operation: EngineEvent.Operation, _ body: () async throws(BookingError) -> T) async throws(BookingError) -> T {
        do {
            return try await body()
        } catch {
            events.record(EngineEvent(at: now(), detail: .failed(operation: operation, code: error.code)))
            throw error
        }
    }

    /// The latest `limit` events, newest first: every process's from the database, with
    /// this process's own failures and notes.
    public func recentEvents(_ limit: Int) async throws(BookingError) -> [EngineEvent] {
        let stored = try await read { tx, _, _ in try tx.events(limit: limit) }
        let merged = (stored + events.recent(limit)).sorted { $0.at > $1.at }
        return Array(merged.prefix(max(0, limit)))
    }
}

extension StoreWriting {
    /// Records what the transaction did, as an event every process sees; it is kept only if
    /// the transaction commits.
    func record(_ detail: EngineEvent.Detail, _ time: EngineTime) throws {
        try recordEvent(EngineEvent(at: time.moment, detail: detail))
    }
}
