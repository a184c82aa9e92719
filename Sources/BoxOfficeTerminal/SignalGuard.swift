import Glibc
import Synchronization

/// The terminal-lifecycle guard: whatever ends the process, the terminal is given back sane.
///
/// - SIGINT, SIGTERM, SIGHUP and SIGQUIT (Ctrl-\\) are first reported to the run loop (a flag plus a self-pipe byte, so
///   `nextEvents` returns and the app quits normally). The same signal arriving again before the
///   run loop has seen the first restores the terminal and lets the signal's previous action run
///   (for the default action: the process ends).
/// - SIGWINCH is reported to the run loop as a resize.
/// - SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP (Swift traps are SIGILL/SIGTRAP) restore
///   the terminal at once, reinstall the previous action and re-raise, so a crash still crashes
///   (and any backtracer still reports it) on a usable terminal.
/// - An `exit()` without `Terminal.stop()` restores it from an `atexit` hook.
///
/// The handler is async-signal-safe: it touches only lock-free atomics and memory allocated and
/// filled before the handlers were installed, and calls only `tcsetattr`, `write`, `sigaction`
/// and `raise`. Handlers run on an alternate signal stack so a stack overflow is caught too.
enum SignalGuard {
    /// What the handler does with a signal.
    enum Disposition: Equatable {
        /// Record it for the run loop and wake it.
        case report(PendingSignals)
        /// Restore the terminal and hand the signal to its previous action.
        case restoreAndReraise
    }

    static let gracefulSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]
    static let handledSignals = gracefulSignals + crashSignals + [SIGWINCH]

    /// The first decision for `signal`, before looking at what is already pending.
    static func disposition(for signal: Int32) -> Disposition {
        switch signal {
        case SIGINT: .report(.interrupt)
        case SIGTERM, SIGHUP, SIGQUIT: .report(.termination)
        case SIGWINCH: .report(.resize)
        default: .restoreAndReraise
        }
    }

    /// Whether reporting `signal` while `pending` is still unread must escalate: a second
    /// interrupt or termination request that the run loop has not picked up means it is stuck.
    static func escalates(_ signal: PendingSignals, pending: PendingSignals) -> Bool {
        signal != .resize && pending.contains(signal)
    }

    /// Takes (and clears) the signals recorded since the last call.
    static func takePending() -> PendingSignals {
        PendingSignals(rawValue: pending.exchange(0, ordering: .acquiringAndReleasing))
    }

    /// Saves the terminal's current mode and installs the handlers. Call before ncurses changes
    /// the terminal mode, on the terminal's thread.
    static func install(inputFD: Int32, outputFD: Int32, wakeFD: Int32) {
        var saved = termios()
        let hasTermios = tcgetattr(inputFD, &saved) == 0
        state.pointee = State(
            termios: saved, hasTermios: hasTermios, inputFD: inputFD, outputFD: outputFD,
            wakeFD: wakeFD, installed: state.pointee.installed, atExitRegistered: state.pointee.atExitRegistered)
        _ = pending.exchange(0, ordering: .acquiringAndReleasing)
        installAlternateStack()
        armed.store(true, ordering: .releasing)
        if !state.pointee.atExitRegistered {
            state.pointee.atExitRegistered = true
            atexit { SignalGuard.restoreTerminal() }
        }
        for signal in handledSignals {
            var previous = sigaction()
            sigaction(signal, nil, &previous)
            if gracefulSignals.contains(signal) && isIgnored(previous) { continue }
            previousActions[Int(signal)] = previous
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = handleSignal
            action.sa_flags = SA_ONSTACK | SA_SIGINFO
            sigemptyset(&action.sa_mask)
            for blocked in handledSignals { sigaddset(&action.sa_mask, blocked) }
            sigaction(signal, &action, nil)
            state.pointee.installed.insert(signal)
        }
    }

    /// Disarms the guard and puts the previous handlers back (after a normal `endwin`).
    static func uninstall() {
        armed.store(false, ordering: .releasing)
        for signal in state.pointee.installed {
            sigaction(signal, &previousActions[Int(signal)], nil)
        }
        state.pointee.installed = []
        _ = pending.exchange(0, ordering: .acquiringAndReleasing)
    }

    /// Puts the terminal back as it was before ncurses (mode, cursor, mouse, main screen), once.
    /// Async-signal-safe.
    static func restoreTerminal() {
        guard armed.exchange(false, ordering: .acquiringAndReleasing) else { return }
        if state.pointee.hasTermios {
            tcsetattr(state.pointee.inputFD, TCSANOW, &state.pointee.termios)
        }
        let reset: StaticString =
            "\u{1b}[?1000l\u{1b}[?1002l\u{1b}[?1003l\u{1b}[?1006l\u{1b}[0m\u{1b}[?1049l\u{1b}[?25h\u{1b}[?1l\u{1b}>"
        _ = write(state.pointee.outputFD, reset.utf8Start, reset.utf8CodeUnitCount)
    }

    /// Called from the handler only.
    fileprivate static func handle(_ signal: Int32, sentByAProcess: Bool) {
        switch disposition(for: signal) {
        case .report(let kind):
            let before = PendingSignals(rawValue: pending.bitwiseOr(kind.rawValue, ordering: .acquiringAndReleasing).oldValue)
            if escalates(kind, pending: before) {
                restoreAndReraise(signal)
            } else {
                var byte: UInt8 = 0
                _ = write(state.pointee.wakeFD, &byte, 1)
            }
        case .restoreAndReraise where sentByAProcess:
            restoreTerminal()
            var fallback = sigaction()
            fallback.__sigaction_handler.sa_handler = SIG_DFL
            sigaction(signal, &fallback, nil)
            raise(signal)
        case .restoreAndReraise:
            restoreAndReraise(signal)
        }
    }

    private static func restoreAndReraise(_ signal: Int32) {
        restoreTerminal()
        sigaction(signal, &previousActions[Int(signal)], nil)
        raise(signal)
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        guard let handler = action.__sigaction_handler.sa_handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == 1
    }

    private static func installAlternateStack() {
        var current = stack_t()
        guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
        let size = 64 * 1024
        var stack = stack_t(ss_sp: malloc(size), ss_flags: 0, ss_size: size)
        if stack.ss_sp != nil { sigaltstack(&stack, nil) }
    }

    /// Everything the handler reads, filled in before the handlers are installed.
    private struct State {
        var termios: termios
        var hasTermios: Bool
        var inputFD: Int32
        var outputFD: Int32
        var wakeFD: Int32
        var installed: Set<Int32>
        var atExitRegistered: Bool
    }

    private static let armed = Atomic<Bool>(false)
    private static let pending = Atomic<UInt8>(0)
    nonisolated(unsafe) private static let state: UnsafeMutablePointer<State> = {
        let pointer = UnsafeMutablePointer<State>.allocate(capacity: 1)
        pointer.initialize(to: State(
            termios: termios(), hasTermios: false, inputFD: -1, outputFD: -1, wakeFD: -1,
            installed: [], atExitRegistered: false))
        return pointer
    }()
    nonisolated(unsafe) private static let previousActions: UnsafeMutablePointer<sigaction> = {
        let count = 65
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: count)
        pointer.initialize(repeating: sigaction(), count: count)
        return pointer
    }()
}

/// A crash signal sent with kill(2) (si_code ≤ 0) ends the process with the default action:
/// handing it to the crash reporter would let the process run on, since no instruction faulted.
private func handleSignal(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _: UnsafeMutableRawPointer?) {
    let savedErrno = errno
    SignalGuard.handle(signal, sentByAProcess: (info?.pointee.si_code ?? 0) <= 0)
    errno = savedErrno
}
