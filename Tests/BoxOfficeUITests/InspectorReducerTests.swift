import BookingEngine
import Testing
@testable import BoxOfficeUI

@Suite("Inspector panel: reducer")
struct InspectorReducerTests {
    static let i = Key.character("i")

    @Test func iOpensThePanelAndReadsTheEngineThenClosesIt() {
        var state = Fixture.onConcerts()
        #expect(reduce(&state, .input(.key(Self.i))) == [.loadInspector])
        #expect(state.inspector == InspectorPanel())
        #expect(state.inFlight.contains(.loadingInspector))
        #expect(reduce(&state, .input(.key(Self.i))).isEmpty)
        #expect(state.inspector == nil)
    }

    @Test func theOpenPanelRefreshesEveryTwoSecondsAndStopsWhenClosed() {
        var state = InspectorFixture.open()
        #expect(state.inspector?.nextRefreshAt == Fixture.at(seconds: 2))
        #expect(state.nextWakeUp == Fixture.at(seconds: 1), "the next-run countdowns change every second")
        #expect(reduce(&state, .clockTicked(Fixture.at(seconds: 1))).isEmpty)
        #expect(reduce(&state, .clockTicked(Fixture.at(seconds: 2))) == [.loadInspector])
        #expect(state.inspector?.nextRefreshAt == nil, "no second read while one is in flight")
        _ = reduce(&state, .inspectorLoaded(InspectorFixture.report(at: Fixture.at(seconds: 2))))
        #expect(state.inspector?.nextRefreshAt == Fixture.at(seconds: 4))

        _ = reduce(&state, .input(.key(Self.i)))
        #expect(!reduce(&state, .clockTicked(Fixture.at(seconds: 10))).contains(.loadInspector))
        #expect(reduce(&state, .inspectorLoaded(InspectorFixture.report())).isEmpty)
        #expect(state.inspector == nil, "a late report does not reopen the panel")
    }

    @Test func aFailedReadIsShownAndTriedAgainLater() {
        var state = Fixture.onConcerts()
        _ = reduce(&state, .input(.key(Self.i)))
        _ = reduce(&state, .engineFailed(.loadingInspector, .storageFailure(.said("disk I/O error"))))
        #expect(state.status == StatusMessage("The booking database cannot be used: disk I/O error.", kind: .error))
        #expect(state.inspector?.nextRefreshAt == Fixture.at(seconds: 2))
    }

    @Test(arguments: [("1", EngineScheduler.Job.admission), ("2", .tokenExpiry), ("3", .holdExpiry)])
    func digitsRunTheirJobWhileThePanelIsOpen(key: String, job: EngineScheduler.Job) {
        var closed = Fixture.onConcerts()
        #expect(reduce(&closed, .input(.key(.character(Character(key))))).isEmpty, "the keys do nothing with the panel closed")
        var state = InspectorFixture.open()
        #expect(reduce(&state, .input(.key(.character(Character(key))))) == [.runJob(job)])
        #expect(state.inFlight.contains(.running(job)))
        let effects = reduce(&state, .jobRan(job, affected: 3))
        #expect(effects == [.loadInspector, .loadConcerts(Fixture.token)], "the panel and the screen are read again")
        #expect(state.status?.kind == .success)
    }

    @Test func admissionSaysHowManyWereAdmitted() {
        var state = InspectorFixture.open()
        _ = reduce(&state, .input(.key(.character("1"))))
        _ = reduce(&state, .jobRan(.admission, affected: 1))
        #expect(state.status == StatusMessage("Admission ran: 1 buyer admitted.", kind: .success))
    }

    /// A demo database allows the inspector's keys but not the clock's, which only a QA
    /// database has: the panel offers `t` and `T` only there.
    @Test func clockKeysAreOfferedOnlyWhereTheClockMoves() {
        let qa = render(InspectorFixture.open(width: 120, height: 40, qa: true), width: 120, height: 40).lines.joined()
        let demo = render(InspectorFixture.open(width: 120, height: 40, qa: false), width: 120, height: 40).lines.joined()
        #expect(qa.contains("t +1 min") && qa.contains("T +5 min"))
        #expect(!demo.contains("t +1 min") && !demo.contains("T +5 min") && demo.contains("1 admit"), "\(demo)")
    }

    @Test func tAndShiftTMoveTheQAClockAndTheScreenFollows() {
        var state = InspectorFixture.open(qa: true)
        #expect(reduce(&state, .input(.key(.character("t")))) == [.advanceClock(.seconds(60))])
        let effects = reduce(&state, .clockAdvanced(by: .seconds(60), now: Fixture.at(seconds: 60)))
        #expect(state.now == Fixture.at(seconds: 60))
        #expect(effects == [.loadConcerts(Fixture.token), .loadBalance(user: "민지"), .loadInspector],
                "the concert list and the balance were due at the new time")
        #expect(state.status == StatusMessage("Clock moved forward 1 min; it is now 21:01:00.", kind: .success))
        #expect(reduce(&state, .input(.key(.character("T")))) == [.advanceClock(.seconds(300))])
    }

    @Test func movingTheClockOfAnOrdinaryDatabaseExplainsQAMode() {
        var state = InspectorFixture.open(qa: false)
        #expect(reduce(&state, .input(.key(.character("T")))).isEmpty)
        #expect(state.status == StatusMessage("This database is not in QA mode; start with --qa on a new database.",
                                              kind: .warning))
    }

    @Test func theRunnersRefusalIsShownWhenTheReportHadNotArrivedYet() {
        var state = Fixture.onConcerts()
        _ = reduce(&state, .input(.key(Self.i)))
        #expect(reduce(&state, .input(.key(.character("t")))) == [.advanceClock(.seconds(60))])
        _ = reduce(&state, .engineFailed(.advancingClock, InspectorPanel.notQAMode))
        #expect(state.status == StatusMessage("This database is not in QA mode; start with --qa on a new database.",
                                              kind: .error))
        #expect(!state.inFlight.contains(.advancingClock))
    }

    @Test func plusChargesTenThousandPointsToTheBuyer() {
        var state = InspectorFixture.open()
        #expect(reduce(&state, .input(.key(.character("+")))) == [.charge(user: "민지", amount: 10_000, attempt: 1)])
        _ = reduce(&state, .pointsCharged(amount: 10_000, balance: 310_000))
        #expect(state.balance == 310_000)
        #expect(state.status == StatusMessage("Added 10,000 points. Balance 310,000.", kind: .success))
    }

    @Test func onThePointsScreenDigitsStillTypeTheAmount() {
        var state = InspectorFixture.open()
        _ = reduce(&state, .input(.key(.character("p"))))
        #expect(reduce(&state, .input(.key(.character("1")))).isEmpty)
        #expect(state.amountText == "1")
        #expect(state.inspector != nil)
    }

    @Test func helpListsTheToggleAlwaysAndThePanelKeysWhileOpen() {
        let closed = KeyBindings.bindings(on: .concerts).map(\.keyLabel)
        #expect(closed.contains("i") && !closed.contains("1"))
        let open = KeyBindings.bindings(on: .concerts, inspectorOpen: true).map(\.keyLabel)
        #expect(["1", "2", "3", "t", "T", "+"].allSatisfy(open.contains))
        #expect(KeyBindings.inspectorHints().map(\.keys) == ["1", "2", "3", "t", "T", "+", "i"])
        #expect(!KeyBindings.footerHints(for: Fixture.onConcerts()).contains { $0.keys == "i" }, "the footer stays as it was")
    }

    @Test func aClickDoesNotReachTheSeatsUnderThePanel() throws {
        var state = Fixture.onSeatGrid()
        _ = reduce(&state, .input(.key(Self.i)))
        let section = try #require(state.section)
        let frame = try #require(SeatGridLayout(section, area: state.bodyArea, cursor: state.seatCursor).frame(ofSeat: state.seatCursor))
        _ = reduce(&state, .input(.click(x: frame.x, y: frame.y)))
        #expect(state.selection.isEmpty)
    }
}
