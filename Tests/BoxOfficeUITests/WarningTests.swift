import Testing
@testable import BoxOfficeUI
@Suite struct WarningTests {
    @Test func aWarningIsShownInTheStatusLine() {
        var state = Fixture.onConcerts()
        #expect(reduce(&state, .warningRaised("SQLite 3.40.1 is shared by several processes")).isEmpty)
        #expect(state.status == StatusMessage("SQLite 3.40.1 is shared by several processes", kind: .warning))
    }
}
