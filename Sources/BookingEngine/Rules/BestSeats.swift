/// Which free seats of a section best-available takes for `count` buyers: together in one
/// row when it can (the row nearest the stage, the block nearest the row's middle), else
/// the nearest split: as few rows as possible, front first, and within them the free seats
/// nearest each other and the middle.
enum BestSeats {
    /// Indexes into `section.states` of `count` free seats side by side in one row, or nil.
    static func together(_ section: SectionSeats, count: Int) -> [Int]? {
        for row in section.rows.indices {
            let length = section.rows[row].seats
            guard length >= count else { continue }
            let start = section.rowStarts[row]
            var best: (first: Int, distance: Int)?
            var run = 0
            for number in 1...length {
                run = section.states[start + number - 1] == .free ? run + 1 : 0
                guard run >= count else { continue }
                let first = number - count + 1
                let distance = abs((first - 1) * 2 + count - length)
                if best == nil || distance < best!.distance { best = (first, distance) }
            }
            if let best { return (0..<count).map { start + best.first - 1 + $0 } }
        }
        return nil
    }

    /// Indexes of `count` free seats over the fewest consecutive rows, or nil when the
    /// section has fewer than `count` free seats.
    static func split(_ section: SectionSeats, count: Int) -> [Int]? {
        let free = section.rows.indices.map { row in freeSeats(section, row: row) }
        guard free.reduce(0, { $0 + $1.count }) >= count else { return nil }
        for span in 1...section.rows.count {
            for first in 0...(section.rows.count - span) {
                let rows = first..<(first + span)
                guard rows.reduce(0, { $0 + free[$1].count }) >= count else { continue }
                var picked: [Int] = []
                for row in rows where picked.count < count {
                    picked += nearest(free[row], count: count - picked.count, length: section.rows[row].seats)
                        .map { section.rowStarts[row] + $0 - 1 }
                }
                return picked.sorted()
            }
        }
        return nil
    }

    /// The free seat numbers of a row.
    private static func freeSeats(_ section: SectionSeats, row: Int) -> [Int] {
        let start = section.rowStarts[row]
        return (1...max(1, section.rows[row].seats)).filter { start + $0 - 1 < section.states.count && section.states[start + $0 - 1] == .free }
    }

    /// Up to `count` of a row's free seat numbers that lie closest together, nearest the
    /// row's middle when several spans are as tight.
    private static func nearest(_ free: [Int], count: Int, length: Int) -> [Int] {
        guard free.count > count else { return free }
        var best = 0
        var bestScore = (Int.max, Int.max)
        for first in 0...(free.count - count) {
            let last = first + count - 1
            let score = (free[last] - free[first], abs(free[first] + free[last] - length - 1))
            if score < bestScore {
                best = first
                bestScore = score
            }
        }
        return Array(free[best..<(best + count)])
    }
}
