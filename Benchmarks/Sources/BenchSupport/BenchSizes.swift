import Foundation

/// Problem sizes of the benchmarks: full by default, tiny when `BOXOFFICE_BENCH_SMOKE` is
/// set (CI runs every benchmark once that way so that they keep working).
public enum BenchSizes {
    /// Whether this is a smoke run.
    public static let isSmoke = ProcessInfo.processInfo.environment["BOXOFFICE_BENCH_SMOKE"] != nil

    /// `full`, or `smoke` in a smoke run.
    public static func pick(_ full: Int, smoke: Int) -> Int { isSmoke ? smoke : full }
}
