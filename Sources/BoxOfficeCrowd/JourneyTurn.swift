import BookingEngine

/// One action of one buyer in progress: the engine, the crowd's settings, and the
/// events and engine calls the action produced.
struct JourneyTurn {
    let engine: BookingEngine
    let configuration: CrowdConfiguration
    let buyer: String
    private(set) var events: [CrowdEvent] = []
    private(set) var calls = 0

    init(engine: BookingEngine, configuration: CrowdConfiguration, buyer: String) {
        self.engine = engine
        self.configuration = configuration
        self.buyer = buyer
    }

    /// Engine time now.
    var now: Timestamp { engine.now() }

    /// Whether any call in this turn failed.
    var hasFailed: Bool {
        events.contains { if case .failed = $0.kind { true } else { false } }
    }

    /// Records that `kind` happened now.
    mutating func emit(_ kind: CrowdEvent.Kind) {
        events.append(CrowdEvent(at: now, buyer: buyer, kind: kind))
    }

    /// Makes one engine call, counting it; a failure is recorded before it is rethrown.
    mutating func call<T: Sendable>(
        _ body: (BookingEngine) async throws(BookingError) -> T
    ) async throws(BookingError) -> T {
        calls += 1
        do {
            return try await body(engine)
        } catch {
            emit(.failed(error))
            throw error
        }
    }
}
