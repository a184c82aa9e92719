#if canImport(Glibc)
import Glibc
#endif

/// Keeps glibc from handing freed heap memory back to the kernel after every call.
///
/// SQLite frees and reallocates buffers in every statement, and on threads other than the
/// main one glibc returns the top of the heap to the kernel (madvise) as soon as it is
/// free, so the next call page-faults the same memory back in, a large share of a short
/// call's time (see BENCHMARKS.md). Raising the trim threshold keeps up to `threshold` of
/// free memory per heap; memory in use is unaffected. Applies to the whole process, once.
enum HeapTrimming {
    static let threshold: Int32 = 64 * 1_024 * 1_024

    /// Sets the threshold the first time it is read.
    static let relaxed: Void = {
        #if canImport(Glibc)
        // `mallopt` lives in <malloc.h>, which Swift's Glibc module leaves out, so it is
        // looked up by name; -1 is <malloc.h>'s M_TRIM_THRESHOLD.
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        let trimThreshold: Int32 = -1
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
            _ = unsafeBitCast(symbol, to: MallOpt.self)(trimThreshold, threshold)
        }
        #endif
    }()
}
