/// Durations collected from one run, summarised as percentiles in microseconds.
public struct Latencies: Sendable {
    public private(set) var nanoseconds: [Int64] = []

    public init() {}

    /// Records one duration.
    public mutating func record(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        nanoseconds.append(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// Adds every duration of `other`.
    public mutating func merge(_ other: Latencies) {
        nanoseconds += other.nanoseconds
    }

    /// The `fraction` percentile (0.5 for the median) in microseconds; 0 when empty.
    public func percentileMicroseconds(_ fraction: Double) -> Double {
        guard !nanoseconds.isEmpty else { return 0 }
        let sorted = nanoseconds.sorted()
        let index = min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)
        return Double(sorted[max(0, index)]) / 1000
    }

    /// A one-line summary: count, p50, p99, p99.9 and max.
    public var summary: String {
        "n=\(nanoseconds.count) p50=\(fmt(0.5))µs p99=\(fmt(0.99))µs p99.9=\(fmt(0.999))µs max=\(fmt(1.0))µs"
    }

    private func fmt(_ fraction: Double) -> String {
        String(Int(percentileMicroseconds(fraction).rounded()))
    }
}

/// Seconds elapsed in `duration`, as a Double.
public func seconds(_ duration: Duration) -> Double {
    let (whole, attoseconds) = duration.components
    return Double(whole) + Double(attoseconds) / 1e18
}
