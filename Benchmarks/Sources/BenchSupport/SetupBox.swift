import Synchronization

/// Holds what a benchmark's setup hook prepared until its closure and teardown use it
/// (the harness's hooks return nothing).
public final class SetupBox<Value: Sendable>: Sendable {
    private let stored = Mutex<Value?>(nil)

    public init() {}

    /// The prepared value; a setup that did not run is a programming error.
    public var value: Value {
        guard let value = stored.withLock({ $0 }) else { preconditionFailure("the benchmark setup did not run") }
        return value
    }

    /// Stores (or, with nil, drops) the prepared value.
    public func set(_ value: Value?) {
        stored.withLock { $0 = value }
    }
}
