import BookingEngine

/// One simulated buyer: their name, their own random stream, where they are in the
/// journey and when they act next. A value: the simulation hands it to one action at a
/// time and takes the changed value back.
struct Buyer: Sendable {
    /// The buyer's index in the whole crowd (`firstIndex` included).
    let index: Int
    let name: String
    var random: CrowdRandom
    var stage: BuyerStage = .arriving
    var nextActionAt: Timestamp
    /// Payments made so far.
    var purchases = 0
    /// Times the buyer came back to the line after losing or finishing a token.
    var returns = 0
    /// Holds tried on the current visit that failed because a seat was taken.
    var seatMisses = 0
    /// Storage failures in a row (a busy database shared by several processes).
    var storageRetries = 0
    /// Whether the next arrival is a return (counted as `rejoined`).
    var isReturning = false

    /// Buyer `index` of a crowd starting at `start`, with an arrival time drawn from
    /// the buyer's own stream: about a third rush in as the sale opens.
    init(index: Int, configuration: CrowdConfiguration, start: Timestamp) {
        self.index = index
        name = configuration.name(of: index)
        var random = CrowdRandom(seed: configuration.seed, stream: index)
        let window = Double(configuration.arrivalWindow.wholeMilliseconds) / 1000
        let share = random.chance(0.3) ? Double.random(in: 0..<0.1, using: &random) : Double.random(in: 0..<1, using: &random)
        nextActionAt = start + configuration.scaled(seconds: window * share)
        self.random = random
    }

    var isDone: Bool { stage == .done }

    /// Moves on to `stage`, acting again `seconds` (at crowd speed) after `now`.
    mutating func next(_ stage: BuyerStage, after seconds: Double, from now: Timestamp, _ configuration: CrowdConfiguration) {
        self.stage = stage
        nextActionAt = now + configuration.scaled(seconds: seconds)
    }

    /// Moves on to `stage` after a think time drawn from `range` seconds.
    mutating func next(_ stage: BuyerStage, thinking range: ClosedRange<Int>, from now: Timestamp, _ configuration: CrowdConfiguration) {
        let seconds = Double(random.int(in: range)) + Double.random(in: 0..<1, using: &random)
        next(stage, after: seconds, from: now, configuration)
    }

    /// Ends the journey.
    mutating func leave() {
        stage = .done
    }
}
