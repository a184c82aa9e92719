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
    /// A reservation is an index into every hold made so far (mod their count).
    case release(buyer: Int, reservation: Int)
    case pay(buyer: Int, reservations: [Int])
    case charge(buyer: Int, amount: Int64)
    case balance(buyer: Int)
    /// A bad buyer name given to joining, charging and balance.
    case badName(Int)

    static let buyers = ["ann", "bo", "민지", "dee"]
    static let steps = [1, 5, 30, 60, 119, 120, 121, 200, 299, 300, 301, 599, 600, 601, 45, 90]
    static let amounts: [Int64] = [100, 300, 1, 0, -5, 1_000, 1_001, 500, 2_000, 250, 400, 600, .max, .min, 150, 50]
    static let badNames = ["", " ann", "ann ", String(repeating: "x", count: 65), "a\u{0}b", "@admin", "semi;colon", "line\nbreak"]

    /// Decodes four small numbers: `kind` picks the call, the others its arguments.
    init(kind: Int, buyer: Int, a: Int, b: Int) {
        switch kind {
        case 0, 1: self = .join(buyer: buyer)
        case 2: self = .poll(buyer: buyer, unknownToken: b == 15)
        case 3: self = .admit
        case 4: self = b < 8 ? .sweepHolds : .sweepTokens
        case 5: self = .advance(seconds: Self.steps[a])
        case 6, 7:
            var seats = [a % ModelSeats.count]
            if b == 15 { seats.append(seats[0]) } else if b == 14 { seats = [] } else if b < ModelSeats.count, b != seats[0] { seats.append(b) }
            self = .hold(buyer: buyer, seats: seats)
        case 8: self = .release(buyer: buyer, reservation: a)
        case 9:
            let list = b == 15 ? [a, a] : b == 14 ? [] : b < 8 && b != a ? [a, b] : [a]
            self = .pay(buyer: buyer, reservations: list)
        case 10: self = .charge(buyer: buyer, amount: Self.amounts[a])
        case 11: self = .balance(buyer: buyer)
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
        case .release(let buyer, let reservation): "release(\(Self.buyers[buyer]), hold #\(reservation))"
        case .pay(let buyer, let reservations): "pay(\(Self.buyers[buyer]), holds \(reservations.map { "#\($0)" }))"
        case .charge(let buyer, let amount): "charge(\(Self.buyers[buyer]), \(amount))"
        case .balance(let buyer): "balance(\(Self.buyers[buyer]))"
        case .badName(let index): "badName(\(Self.badNames[index].debugDescription))"
        }
    }
}
