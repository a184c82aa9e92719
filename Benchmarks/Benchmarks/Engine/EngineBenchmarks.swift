import Benchmark

/// The engine's benchmark families, one file each (B1…B10 of issue 5, and B0 for the floor).
let benchmarks: @Sendable () -> Void = {
    roundTripBenchmarks()
    tokenIssueBenchmarks()
    positionReadBenchmarks()
    admissionBenchmarks()
    expirySweepBenchmarks()
    concurrentHoldBenchmarks()
    paymentBenchmarks()
    multiProcessBenchmarks()
}

/// A custom figure reported once per run (not scaled by iterations).
func figure(_ name: String, largerIsBetter: Bool = false) -> BenchmarkMetric {
    .custom(name, polarity: largerIsBetter ? .prefersLarger : .prefersSmaller, useScalingFactor: false)
}
