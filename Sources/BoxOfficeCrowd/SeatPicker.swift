import BookingEngine

/// How a simulated buyer picks seats: a section with free seats, most often one of the
/// venue's best; then in it most go for the front, taking seats side by side, and some aim
/// at one particular seat and take the free seats nearest to it.
enum SeatPicker {
    /// How many seats a buyer wants: mostly pairs.
    static func partySize(limit: Int, using random: inout CrowdRandom) -> Int {
        let size = (random.weightedIndex([25, 45, 15, 15]) ?? 1) + 1
        return max(1, min(size, limit))
    }

    /// A section with free seats, the venue's best ones drawing more buyers; nil when none has any.
    static func chooseSection(of overview: VenueOverview, using random: inout CrowdRandom) -> SectionID? {
        let open = overview.sections.filter { $0.freeSeats > 0 }
        return random.weightedIndex(open.map { 1.0 / Double($0.order + 2) }).map { open[$0].id }
    }

    /// Up to `wanted` free seats of `section`, or none when it has no free seat.
    static func pick(from section: SectionSeats, wanted: Int, using random: inout CrowdRandom) -> [SeatID] {
        let free = section.states.indices.filter { section.states[$0] == .free }
        guard !free.isEmpty, wanted > 0 else { return [] }
        let count = min(wanted, free.count)
        if random.chance(0.25) {
            let target = random.int(in: 0...max(0, section.states.count - 1))
            let nearest = free.sorted { (abs($0 - target), $0) < (abs($1 - target), $1) }
            return nearest.prefix(count).map(section.seatID(at:))
        }
        let weights = free.indices.map { 1.0 / Double($0 + 2) }
        let first = random.weightedIndex(weights) ?? 0
        let run = free[first...].prefix(count)
        return (run.count == count ? Array(run) : Array(free.suffix(count))).map(section.seatID(at:))
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
