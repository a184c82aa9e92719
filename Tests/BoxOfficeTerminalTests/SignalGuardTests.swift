@testable import BoxOfficeTerminal
import Glibc
import Testing

@Suite struct SignalGuardTests {
    @Test func gracefulSignalsAreReportedCrashesRestore() {
        #expect(SignalGuard.disposition(for: SIGINT) == .report(.interrupt))
        #expect(SignalGuard.disposition(for: SIGTERM) == .report(.termination))
        #expect(SignalGuard.disposition(for: SIGHUP) == .report(.termination))
        #expect(SignalGuard.disposition(for: SIGQUIT) == .report(.termination), "Ctrl-\\ quits like SIGTERM")
        #expect(SignalGuard.disposition(for: SIGWINCH) == .report(.resize))
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            #expect(SignalGuard.disposition(for: signal) == .restoreAndReraise)
        }
    }

    @Test func aSecondUnreadRequestEscalates() {
        #expect(!SignalGuard.escalates(.interrupt, pending: []))
        #expect(SignalGuard.escalates(.interrupt, pending: .interrupt))
        #expect(!SignalGuard.escalates(.interrupt, pending: .termination))
        #expect(SignalGuard.escalates(.termination, pending: [.termination, .resize]))
        #expect(!SignalGuard.escalates(.resize, pending: .resize))
    }

    @Test func everyLifecycleSignalIsHandled() {
        let expected: Set<Int32> = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGWINCH]
        #expect(Set(SignalGuard.handledSignals) == expected)
    }
}
