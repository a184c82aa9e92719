import BookingEngine

/// A small, seedable random number generator (SplitMix64) for reproducible crowds.
///
/// `SystemRandomNumberGenerator` cannot be seeded, so a crowd that must replay the same
/// decisions from the same seed brings its own generator. Every buyer owns one stream,
/// derived from the crowd's seed and the buyer's index, so a buyer's choices depend only
/// on those two numbers and on what the engine answered.
public struct CrowdRandom: RandomNumberGenerator, Sendable, Equatable {
    private var state: UInt64

    /// A generator that starts from `seed` exactly.
    public init(seed: UInt64) {
        state = seed
    }

    /// The stream of buyer `index` in a crowd seeded with `seed`: independent of every
    /// other buyer's stream and of the order in which buyers act.
    public init(seed: UInt64, stream index: Int) {
        var mixer = CrowdRandom(seed: seed ^ 0x6A09_E667_F3BC_C908)
        let base = mixer.next()
        var derived = CrowdRandom(seed: base &+ UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03)
        state = derived.next()
    }

    /// The next 64 random bits of the stream.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension CrowdRandom {
    /// True with probability `probability` (0…1).
    public mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    /// A whole number in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// A duration drawn uniformly between two bounds, to the millisecond.
    public mutating func duration(from low: Duration, to high: Duration) -> Duration {
        let lowMs = low.wholeMilliseconds
        let highMs = max(lowMs, high.wholeMilliseconds)
        return .milliseconds(Int64.random(in: lowMs...highMs, using: &self))
    }

    /// An index into `weights`, each chosen in proportion to its weight; nil when all are 0.
    public mutating func weightedIndex(_ weights: [Double]) -> Int? {
        let total = weights.reduce(0, +)
        guard total > 0 else { return nil }
        var target = Double.random(in: 0..<total, using: &self)
        for (index, weight) in weights.enumerated() where weight > 0 {
            if target < weight { return index }
            target -= weight
        }
        return weights.lastIndex(where: { $0 > 0 })
    }
}
