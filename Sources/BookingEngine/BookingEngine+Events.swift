extension BookingEngine {
    /// Runs one engine operation and records its outcome in `events`: the line `describe`
    /// makes of the result on success (nothing when it returns nil, e.g. a sweep that found
    /// nothing), or "`name` failed: CODE" on failure. The error is passed on unchanged.
    func recording<T>(
        _ kind: EngineEvent.Kind, _ name: String, describe: (T) -> String?,
        _ body: () async throws(BookingError) -> T
    ) async throws(BookingError) -> T {
        do {
            let result = try await body()
            if let text = describe(result) { events.record(kind, text, at: clock.now()) }
            return result
        } catch {
            events.record(.error, "\(name) failed: \(error.code)", at: clock.now())
            throw error
        }
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
