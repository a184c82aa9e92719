import BookingEngine

/// How a simulated buyer picks seats on a map: most go for the front (the best grades
/// come first), taking seats side by side; some aim at one particular seat number and
/// take the free seats nearest to it.
enum SeatPicker {
    /// How many seats a buyer wants: mostly pairs.
    static func partySize(limit: Int, using random: inout CrowdRandom) -> Int {
        let size = (random.weightedIndex([25, 45, 15, 15]) ?? 1) + 1
        return max(1, min(size, limit))
    }

    /// Up to `wanted` free seats of `map`, or none when it has no free seat.
    static func pick(from map: SeatMap, wanted: Int, using random: inout CrowdRandom) -> [SeatID] {
        let free = map.seats.filter { $0.state == .free }.sorted { $0.number < $1.number }
        guard !free.isEmpty, wanted > 0 else { return [] }
        let count = min(wanted, free.count)
        if random.chance(0.25) {
            let target = random.int(in: 1...max(1, map.seats.count))
            let nearest = free.sorted { (abs($0.number - target), $0.number) < (abs($1.number - target), $1.number) }
            return nearest.prefix(count).map(\.id)
        }
        let weights = free.indices.map { 1.0 / Double($0 + 2) }
        let first = random.weightedIndex(weights) ?? 0
        let run = free[first...].prefix(count)
        return (run.count == count ? Array(run) : Array(free.suffix(count))).map(\.id)
    }

    /// A performance to look at among `concerts`: busier performances draw more buyers,
    /// and concerts listed first are the popular ones. Nil when everything is sold out.
    static func chooseDate(among concerts: [Concert], using random: inout CrowdRandom) -> DateID? {
        var candidates: [DateID] = []
        var weights: [Double] = []
        for (rank, concert) in concerts.enumerated() {
            for date in concert.dates where !date.isSoldOut {
                candidates.append(date.id)
                weights.append(Double(date.seatCount - date.freeSeats + 5) / Double(rank + 1))
            }
        }
        return random.weightedIndex(weights).map { candidates[$0] }
    }
}
