import BookingEngine
import PropertyBased
import Testing

/// Random sequences of engine calls by a few buyers, with clock moves, scheduler runs and
/// bad input mixed in, each answer compared with `BookingModel`. A failure shrinks to a
/// short sequence and names the first step where engine and model disagree.
@Suite struct ModelBasedTests {
    /// Small limits so that short sequences reach the interesting edges: a full house of
    /// two shoppers, the hold limit, the charge limit and the balance ceiling, and a place
    /// in line that lapses within a few clock moves (12 s, kept alive 1 s beyond).
    static var policy: EngineConfiguration {
        var policy = EngineConfiguration()
        policy.activeCapacity = 2
        policy.waitingTokenLifetime = .seconds(12)
        policy.holdLimit = 2
        policy.maxCharge = 1_000
        policy.balanceCeiling = 2_000
        return policy
    }

    @Test(arguments: StoreKind.allCases) func engineAnswersLikeTheModel(store: StoreKind) async {
        let operations = zip(Gen.int(in: 0...15), Gen.int(in: 0...2), Gen.int(in: 0...15), Gen.int(in: 0...15))
            .map { ModelOperation(kind: $0, buyer: $1, a: $2, b: $3) }
            .array(of: 1...40)
        await propertyCheck(count: 200, input: operations) { sequence in
            try await Self.replay(sequence, on: store)
        }
    }

    /// Runs `sequence` on a fresh database and a fresh model; records the first disagreement.
    static func replay(_ sequence: [ModelOperation], on store: StoreKind) async throws {
        let test = try await TestEngine(store, configuration: policy)
        let seats = try await ModelSeats(test)
        var model = BookingModel(policy: policy, now: test.clock.now())
        let driver = ModelDriver(test: test, seats: seats)
        for (step, operation) in sequence.enumerated() {
            let (engine, expected) = await driver.perform(operation, on: &model)
            guard Self.agree(engine, expected) else {
                Issue.record("step \(step + 1) of \(sequence.count), \(operation): engine \(engine), model \(expected)")
                return
            }
        }
        let report = try await test.engine.audit()
        #expect(report.violations == [], "after \(sequence)")
    }

    /// Equal answers; for errors whose message the engine words itself, equal codes.
    static func agree(_ engine: Result<String, BookingError>, _ model: Result<String, BookingError>) -> Bool {
        switch (engine, model) {
        case (.success(let a), .success(let b)): a == b
        case (.failure(let a), .failure(let b)):
            switch (a, b) {
            case (.invalidRequest, .invalidRequest), (.invalidUserName, .invalidUserName): true
            default: a == b
            }
        default: false
        }
    }
}
