/// A result that a benchmark checks after its run, reported as the benchmark's failure.
public struct BenchCheckFailed: Error, CustomStringConvertible {
    public let description: String
}

/// Throws `message` unless `condition` holds.
public func check(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    if !condition { throw BenchCheckFailed(description: message()) }
}
