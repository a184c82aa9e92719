import Benchmark

/// The engine's benchmark families, one file each (B1…B10 of issue 5, B0 for the floor,
/// B3-live and L1 of issue 20, B13 and B14 of issue 12).
let benchmarks: @Sendable () -> Void = {
    roundTripBenchmarks()
    tokenIssueBenchmarks()
    positionReadBenchmarks()
    liveReadBenchmarks()
    admissionBenchmarks()
    expirySweepBenchmarks()
    concurrentHoldBenchmarks()
    venueReadBenchmarks()
    paymentBenchmarks()
    multiProcessBenchmarks()
    liveLineBenchmarks()
}

/// A custom figure reported once per run (not scaled by iterations).
func figure(_ name: String, largerIsBetter: Bool = false) -> BenchmarkMetric {
    .custom(name, polarity: largerIsBetter ? .prefersLarger : .prefersSmaller, useScalingFactor: false)
}
