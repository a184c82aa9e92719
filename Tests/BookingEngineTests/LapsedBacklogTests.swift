@testable import BookingEngine
import Testing

/// A mass lapse: more waiters stop polling at once than one counting step or one read
/// handles. Positions, counts and admissions must stay exact throughout, and every
/// process must agree about who left, even one whose clock lags.
@Suite struct LapsedBacklogTests {
    static let gone = 2_300
    static let staying = 50

    /// `gone` waiters issued at t0 (lapsing together at t0+130 s, a lifetime and its slack
    /// after), `staying` issued at t0+115 s, the clock at t0+131 s; one shopper, admitted
    /// at t0, holds the only place.
    static func backlog(_ store: StoreKind, shopping: Duration = .seconds(600)) async throws -> (TestEngine, gone: [TokenID], staying: [TokenID]) {
        var configuration = QueueTests.config(capacity: 1, activeLifetime: shopping)
        configuration.waitingTokenLifetime = .seconds(120)
        let e = try await TestEngine(store, configuration: configuration)
        _ = try await e.admitted("shopper")
        var gone: [TokenID] = []
        for index in 0..<Self.gone { gone.append(try await e.engine.issueToken(user: "gone\(index)").token) }
        try await e.pass(.seconds(115))
        var staying: [TokenID] = []
        for index in 0..<Self.staying { staying.append(try await e.engine.issueToken(user: "stay\(index)").token) }
        try await e.pass(.seconds(16))
        return (e, gone, staying)
    }

    @Test(arguments: StoreKind.allCases) func pollsDuringAMassLapseStayExact(store: StoreKind) async throws {
        let (e, gone, staying) = try await Self.backlog(store)
        for (index, token) in staying.enumerated() {
            let status = try await e.engine.queueStatus(token: token)
            #expect(status.position == index + 1)
            #expect(status.waitingCount == Self.staying)
        }
        #expect(await errorCode { try await e.engine.queueStatus(token: gone[0]) } == "TOKEN_NOT_FOUND")
        #expect(await errorCode { try await e.engine.queueStatus(token: gone[Self.gone - 1]) } == "TOKEN_NOT_FOUND")
        #expect(try await e.violations().isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func theSweepDeletesTheWholeBacklogAndPlacesHold(store: StoreKind) async throws {
        let (e, gone, staying) = try await Self.backlog(store)
        #expect(try await e.engine.sweepExpiredTokens() == gone.count)
        #expect(try await e.engine.sweepExpiredTokens() == 0)
        for (index, token) in staying.enumerated() {
            #expect(try await e.engine.queueStatus(token: token).position == index + 1)
        }
        let rejoined = try await e.engine.issueToken(user: "gone0")
        #expect(rejoined.position == Self.staying + 1)
        #expect(try await e.violations().isEmpty)
    }

    /// A lapsed waiter asks again while the backlog is being counted out: its old token is
    /// forgotten (counted as a lapse unless the count got there first), and it joins behind
    /// everyone still waiting.
    @Test(arguments: StoreKind.allCases) func aLapsedWaiterBeyondTheFirstCountingStepRejoinsBehindEveryone(store: StoreKind) async throws {
        let (e, _, _) = try await Self.backlog(store)
        let rejoined = try await e.engine.issueToken(user: "gone\(Self.gone - 1)")
        #expect(rejoined.position == Self.staying + 1)
        #expect(try await e.engine.audit().violations.isEmpty)
    }

    /// The newcomer's write counts the lapsed waiters out; a process whose clock is 10 s
    /// behind works at the database's time and must not see those as live again.
    @Test func aProcessWithALaggingClockAgreesWithTheOneThatCountedThemOut() async throws {
        let (e, gone, staying) = try await Self.backlog(.sqlite)
        let newcomer = try await e.engine.issueToken(user: "newcomer")
        #expect(newcomer.position == Self.staying + 1)
        let lagging = ManualClock(start: e.clock.now() - .seconds(10))
        let other = try await BookingEngine(store: SQLiteBookingStore(path: e.path, clock: lagging), clock: lagging)
        #expect(await errorCode { try await other.queueStatus(token: gone[5]) } == "TOKEN_NOT_FOUND")
        #expect(try await other.queueStatus(token: staying[3]).position == 4)
        let rejoined = try await other.issueToken(user: "gone7")
        #expect(rejoined.token != gone[7])
        #expect(rejoined.position == Self.staying + 2)
        #expect(try await e.engine.queueStatus(token: staying[Self.staying - 1]).waitingCount == Self.staying + 2)
    }

    @Test(arguments: StoreKind.allCases) func admissionSkipsLapsedWaitersBeforeAnySweep(store: StoreKind) async throws {
        let (e, _, staying) = try await Self.backlog(store, shopping: .seconds(100))
        #expect(try await e.engine.runAdmission() == 1)
        #expect(try await e.engine.queueStatus(token: staying[0]).isActive)
        #expect(try await e.engine.queueStatus(token: staying[1]).position == 1)
        #expect(try await e.violations().isEmpty)
    }

    /// More lapsed waiters than one counting step takes, each expiring at its own moment:
    /// admission counts one step and passes over the rest, which are counted later. Those
    /// at or below admission's high-water mark must not go into the lapse tree then, or
    /// every place behind them would move up once more.
    @Test(arguments: StoreKind.allCases) func lapsesCountedAfterAdmissionPassedThemChangeNoPlace(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: QueueTests.config(capacity: 1, activeLifetime: .seconds(60)))
        _ = try await e.admitted("shopper")
        let gone = QueueLine.countStepLimit + 100
        for index in 0..<gone {
            _ = try await e.engine.issueToken(user: "gone\(index)")
            e.clock.advance(by: .milliseconds(1))
        }
        try await e.pass(.seconds(60))
        var staying: [TokenID] = []
        for index in 0..<3 { staying.append(try await e.engine.issueToken(user: "stay\(index)").token) }
        try await e.pass(.seconds(75))
        #expect(try await e.engine.runAdmission() == 1)
        #expect(try await e.engine.queueStatus(token: staying[0]).isActive)
        #expect(try await e.engine.sweepExpiredTokens() == gone)
        #expect(try await e.engine.queueStatus(token: staying[1]).position == 1)
        #expect(try await e.engine.queueStatus(token: staying[2]).position == 2)
        #expect(try await e.violations() == [])
    }
}
