import BookingEngine
import Testing

/// A mass lapse: more waiters stop polling at once than one counting step or one read
/// handles. Positions, counts and admissions must stay exact throughout, and every
/// process must agree about who left, even one whose clock lags.
@Suite struct LapsedBacklogTests {
    static let gone = 2_300
    static let staying = 50

    /// `gone` waiters issued at t0 (lapsing at t0+120 s), `staying` issued at t0+115 s,
    /// the clock at t0+121 s; one shopper, admitted at t0, holds the only place.
    static func backlog(shopping: Duration = .seconds(600)) async throws -> (TestEngine, gone: [TokenID], staying: [TokenID]) {
        var configuration = QueueTests.config(capacity: 1, activeLifetime: shopping)
        configuration.waitingTokenLifetime = .seconds(120)
        let e = try await TestEngine(configuration: configuration)
        _ = try await e.admitted("shopper")
        var gone: [TokenID] = []
        for index in 0..<Self.gone { gone.append(try await e.engine.issueToken(user: "gone\(index)").token) }
        e.clock.advance(by: .seconds(115))
        var staying: [TokenID] = []
        for index in 0..<Self.staying { staying.append(try await e.engine.issueToken(user: "stay\(index)").token) }
        e.clock.advance(by: .seconds(6))
        return (e, gone, staying)
    }

    @Test func pollsDuringAMassLapseStayExact() async throws {
        let (e, gone, staying) = try await Self.backlog()
        for (index, token) in staying.enumerated() {
            let status = try await e.engine.queueStatus(token: token)
            #expect(status.position == index + 1)
            #expect(status.waitingCount == Self.staying)
        }
        #expect(await errorCode { try await e.engine.queueStatus(token: gone[0]) } == "TOKEN_NOT_FOUND")
        #expect(await errorCode { try await e.engine.queueStatus(token: gone[Self.gone - 1]) } == "TOKEN_NOT_FOUND")
        #expect(try e.violations().isEmpty)
    }

    @Test func theSweepDeletesTheWholeBacklogAndPlacesHold() async throws {
        let (e, gone, staying) = try await Self.backlog()
        #expect(try await e.engine.sweepExpiredTokens() == gone.count)
        #expect(try await e.engine.sweepExpiredTokens() == 0)
        for (index, token) in staying.enumerated() {
            #expect(try await e.engine.queueStatus(token: token).position == index + 1)
        }
        let rejoined = try await e.engine.issueToken(user: "gone0")
        #expect(rejoined.position == Self.staying + 1)
        #expect(try e.violations().isEmpty)
    }

    /// A lapsed waiter the first counting step does not reach asks again: its old token is
    /// forgotten uncounted (a departure, and out of the waiting tally), and it joins behind
    /// everyone still waiting.
    @Test func aLapsedWaiterBeyondTheFirstCountingStepRejoinsBehindEveryone() async throws {
        let (e, _, _) = try await Self.backlog()
        let rejoined = try await e.engine.issueToken(user: "gone\(Self.gone - 1)")
        #expect(rejoined.position == Self.staying + 1)
        #expect(try await e.engine.audit().violations.isEmpty)
    }

    /// The newcomer's write counts the first `LapsedWaiters.step` lapsed waiters out; a
    /// process whose clock is 10 s behind must not see those as live again.
    @Test func aProcessWithALaggingClockAgreesWithTheOneThatCountedThemOut() async throws {
        let (e, gone, staying) = try await Self.backlog()
        let newcomer = try await e.engine.issueToken(user: "newcomer")
        #expect(newcomer.position == Self.staying + 1)
        let lagging = ManualClock(start: e.clock.now() - .seconds(10))
        let other = try BookingEngine(store: SQLiteBookingStore(path: e.path), configuration: e.engine.configuration, clock: lagging)
        #expect(await errorCode { try await other.queueStatus(token: gone[5]) } == "TOKEN_NOT_FOUND")
        #expect(try await other.queueStatus(token: staying[3]).position == 4)
        let rejoined = try await other.issueToken(user: "gone7")
        #expect(rejoined.token != gone[7])
        #expect(rejoined.position == Self.staying + 2)
        #expect(try await e.engine.queueStatus(token: staying[Self.staying - 1]).waitingCount == Self.staying + 2)
    }

    @Test func admissionSkipsLapsedWaitersBeforeAnySweep() async throws {
        let (e, _, staying) = try await Self.backlog(shopping: .seconds(100))
        #expect(try await e.engine.runAdmission() == 1)
        #expect(try await e.engine.queueStatus(token: staying[0]).isActive)
        #expect(try await e.engine.queueStatus(token: staying[1]).position == 1)
        #expect(try e.violations().isEmpty)
    }
}
