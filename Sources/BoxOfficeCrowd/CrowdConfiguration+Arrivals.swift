import BookingEngine

extension CrowdConfiguration {
    /// How many of the crowd's buyers first arrive within `duration` of its start (real time,
    /// at the crowd's speed): the same draws the simulation makes, so the count is exact.
    public func arrivals(within duration: Duration) -> Int {
        let start = Timestamp(milliseconds: 0)
        return (0..<max(0, buyers)).count { offset in
            Buyer(index: firstIndex + offset, configuration: self, start: start).nextActionAt <= start + duration
        }
    }
}
