import BookingEngine

/// One step of a model-based test: an engine call by one of a few buyers, a scheduler
/// job, a clock move, or bad input. Built from small integers so that PropertyBased
/// shrinks a failing sequence to a short one with small values.
enum ModelOperation: Sendable, CustomStringConvertible {
    case join(buyer: Int)
    /// Polls the buyer's latest token (one that may be gone), or an id never issued.
    case poll(buyer: Int, unknownToken: Bool)
    case admit
    case sweepTokens
    case sweepHolds
    case advance(seconds: Int)
    /// Seats are indexes into `ModelSeats.pool`, in order, duplicates and all.
    case hold(buyer: Int, seats: [Int])
    /// A reservation is an index into every hold made so far, or with `own` into the
    /// buyer's own (mod their count; an id no reservation has when there are none).
    case release(buyer: Int, reservation: Int, own: Bool)
    case pay(buyer: Int, reservations: [Int], own: Bool)
    case charge(buyer: Int, amount: Int64)
    case balance(buyer: Int)
    /// A bad buyer name given to joining, charging and balance.
    case badName(Int)

    static let buyers = ["ann", "bo", "민지", "dee"]
    /// Clock moves in seconds, backward ones among them: a clock stepped back must change nothing stored.
    static let steps = [1, 5, 6, 7, 12, 13, 60, 131, -30, 299, 300, 301, 599, 600, 601, -300]
    static let amounts: [Int64] = [600, 1_000, 300, 100, 1, 0, -5, 1_001, 500, 2_000, 400, 700, .max, .min, 900, 50]
    static let badNames = ["", " ann", "ann ", String(repeating: "x", count: 65), "a\u{0}b", "@admin", "semi;colon", "line\nbreak"]

    /// Decodes four small numbers: `kind` picks the call, the others its arguments.
    init(kind: Int, buyer: Int, a: Int, b: Int) {
        switch kind {
        case 0, 1: self = .join(buyer: buyer)
        case 2: self = .poll(buyer: buyer, unknownToken: b == 15)
        case 3: self = .admit
        case 4: self = b < 8 ? .sweepHolds : .sweepTokens
        case 5: self = .advance(seconds: Self.steps[a])
        case 6, 7, 8:
            var seats = [a % ModelSeats.count]
            if b == 15 { seats.append(seats[0]) } else if b == 14 { seats = [] } else if b < ModelSeats.count, b != seats[0] { seats.append(b) }
            self = .hold(buyer: buyer, seats: seats)
        case 9: self = .release(buyer: buyer, reservation: a, own: b < 12)
        case 10, 11:
            let list = b == 15 ? [a, a] : b == 14 ? [] : b < 8 && b != a ? [a, b] : [a]
            self = .pay(buyer: buyer, reservations: list, own: b < 12)
        case 12, 13: self = .charge(buyer: buyer, amount: Self.amounts[a])
        case 14: self = .balance(buyer: buyer)
        default: self = .badName(a % Self.badNames.count)
        }
    }

    var description: String {
        switch self {
        case .join(let buyer): "join(\(Self.buyers[buyer]))"
        case .poll(let buyer, let unknown): unknown ? "poll(unknown token)" : "poll(\(Self.buyers[buyer]))"
        case .admit: "admit"
        case .sweepTokens: "sweepTokens"
        case .sweepHolds: "sweepHolds"
        case .advance(let seconds): "advance(\(seconds)s)"
        case .hold(let buyer, let seats): "hold(\(Self.buyers[buyer]), seats \(seats.map { ModelSeats.label($0) }))"
        case .release(let buyer, let reservation, let own): "release(\(Self.buyers[buyer]), \(own ? "own " : "")hold #\(reservation))"
        case .pay(let buyer, let reservations, let own): "pay(\(Self.buyers[buyer]), \(own ? "own " : "")holds \(reservations.map { "#\($0)" }))"
        case .charge(let buyer, let amount): "charge(\(Self.buyers[buyer]), \(amount))"
        case .balance(let buyer): "balance(\(Self.buyers[buyer]))"
        case .badName(let index): "badName(\(Self.badNames[index].debugDescription))"
        }
    }
}
