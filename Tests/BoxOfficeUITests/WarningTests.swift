import BookingEngine
import Testing
@testable import BoxOfficeUI

/// The shared-file SQLite warning is for operators: the inspector shows it, a buyer's status
/// line never does (issue 19, item 12).
@Suite struct WarningTests {
    static let warning = "Several processes are using /tmp/box.sqlite with SQLite 3.40.1. SQLite before 3.51.3 has a rare race"

    @Test func theInspectorShowsTheSharedFileWarning() {
        var state = Fixture.onConcerts(width: 120, height: 40)
        _ = reduce(&state, .input(.key(.character("i"))))
        let base = InspectorFixture.report()
        let report = InspectorReport(snapshot: base.snapshot, nextRuns: base.nextRuns, events: base.events,
                                     qaClockOffset: base.qaClockOffset, sharedFileWarning: Self.warning)
        _ = reduce(&state, .inspectorLoaded(report))
        let lines = render(state, width: 120, height: 40).lines
        #expect(lines.contains { $0.contains("! Several processes are using") })
        #expect(!lines[38].contains("Several processes"), "the status line stays the buyer's")
        #expect(state.status?.text.contains("Several processes") != true)
    }

    @Test func theWarningWrapsIntoAFewLinesEndingInOneEllipsis() {
        let lines = TerminalColumns.wrap(Self.warning, to: 30, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { TerminalColumns.width(of: $0) <= 30 })
        #expect(lines[1].hasSuffix("…") && !lines[1].hasSuffix("……"))
        #expect(TerminalColumns.wrap("short text", to: 30, maxLines: 2) == ["short text"])
    }
}
