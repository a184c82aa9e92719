/// What one `bench-hold-worker` process reports when done.
public struct WorkerReport: Sendable, Codable {
    public let counts: HoldCounts
    /// Seconds since 1970 when its last attempt ended.
    public let endedAt: Double

    public init(counts: HoldCounts, endedAt: Double) {
        self.counts = counts
        self.endedAt = endedAt
    }
}
