/// Signals the handler has recorded for the run loop and that `nextEvents` has not reported yet.
struct PendingSignals: OptionSet, Equatable {
    let rawValue: UInt8
    /// SIGINT (Ctrl-C): reported as the key Ctrl-C.
    static let interrupt = PendingSignals(rawValue: 1 << 0)
    /// SIGTERM, SIGHUP or SIGQUIT: reported as `.terminate`.
    static let termination = PendingSignals(rawValue: 1 << 1)
    /// SIGWINCH: reported as `.resize`.
    static let resize = PendingSignals(rawValue: 1 << 2)
}
