import BookingEngine

/// Admitted buyers and the stadium's seats, prepared through the engine before a timed run.
public enum Shoppers {
    /// Tokens for buyers `<prefix>0`, `<prefix>1`, …, admitted at once while the engine's
    /// capacity lasts (the line is empty).
    public static func admit(_ engine: BookingEngine, prefix: String, count: Int) async throws -> [TokenID] {
        var tokens: [TokenID] = []
        for index in 0..<count {
            let status = try await engine.issueToken(user: "\(prefix)\(index)")
            try check(status.isActive, "\(status.user) was put in line instead of admitted")
            tokens.append(status.token)
        }
        return tokens
    }

    /// The stadium's seats (`StadiumCatalog`), and the front-section ones among them, as an
    /// admitted buyer (`token`) sees them.
    public static func stadiumSeats(_ engine: BookingEngine, token: TokenID) async throws -> (all: [SeatID], front: [SeatID]) {
        var all: [SeatID] = []
        var front: [SeatID] = []
        for concert in try await engine.concerts(token: token) where concert.title.hasPrefix(StadiumCatalog.titlePrefix) {
            for date in concert.dates {
                for section in try await engine.venueOverview(token: token, date: date.id).sections {
                    let seats = try await engine.sectionSeats(token: token, date: date.id, section: section.id)
                    let ids = seats.states.indices.map(seats.seatID(at:))
                    all += ids
                    if section.grade == StadiumCatalog.frontGrade { front += ids }
                }
            }
        }
        return (all, front)
    }

    /// The engine's audit of its invariants; throws unless it is sound. Returns the live
    /// holds and sales it counted.
    @discardableResult
    public static func audit(_ engine: BookingEngine) async throws -> Int {
        let report = try await engine.audit()
        try check(report.isSound, "the audit found: \(report.violations.joined(separator: "; "))")
        return report.liveHolds + report.soldSeats
    }
}
