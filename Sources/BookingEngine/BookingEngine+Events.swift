extension BookingEngine {
    /// Runs one engine operation; a failure is noted in this process's `events` as
    /// "`name` failed: CODE" and passed on unchanged. Successes are recorded by the
    /// operation itself, in the database, inside its transaction.
    func noting<T>(_ name: String, _ body: () async throws(BookingError) -> T) async throws(BookingError) -> T {
        do {
            return try await body()
        } catch {
            events.record(.error, "\(name) failed: \(error.code)", at: now())
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
    func record(_ kind: EngineEvent.Kind, _ text: String, _ time: EngineTime) throws {
        try recordEvent(EngineEvent(at: time.moment, kind: kind, text: text))
    }
}

extension EngineEvent {
    /// Whole points with thousands separators, as event texts show them: `330,000`.
    static func points(_ value: Int64) -> String {
        PointsText.grouped(value)
    }

    /// A count with its noun: `1 hold`, `3 holds`.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// Seat numbers as a list: `5, 6`.
    static func seats(_ numbers: [Int]) -> String {
        numbers.map(String.init).joined(separator: ", ")
    }
}
