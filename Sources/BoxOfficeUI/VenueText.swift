import BookingEngine

/// The words of the venue screens (overview, section, best available) and of seat places,
/// kept together so they move into the per-language string catalogs in one piece.
enum VenueText {
    static let venueTitle = "Venue"
    static let sectionTitle = "Section"
    static let loadingVenue = "Loading the venue…"
    static let noVenue = "No venue loaded."
    static let stage = "STAGE"
    static let soldOut = "sold out"
    static let openSectionHelp = "Open the highlighted section's rows"
    static let openSectionHint = "open"
    static let bestAvailableHelp = "Best available: the best seats side by side"
    static let bestAvailableHint = "best seats"
    static let selectFirst = "Select seats with Space (or press a for the best available), then Enter to hold them."
    static let bestQuestionTitle = "Best available"
    static let bestQuestionCount = "Seats together"
    static let bestQuestionWhere = "Where"
    static let bestQuestionKeys = "←→ or 1–9 how many · Tab where · Enter hold · Esc cancel"

    /// `Sat 28 Nov 2026 19:00 KST · 10:00 UTC your time · 서울월드컵경기장`.
    static func dateLine(_ date: ConcertDate, venue: String, buyerZone: String) -> String {
        var parts = [Formatting.performance(date.startsAt, zone: date.timeZone)]
        if let mine = Formatting.buyerTime(date.startsAt, venueZone: date.timeZone, buyerZone: buyerZone) {
            parts.append(mine + " your time")
        }
        parts.append(venue)
        return parts.joined(separator: " · ")
    }

    /// `F2 · VIP · 176,000 pts · 812 of 900 free · 25 rows`.
    static func sectionLine(_ section: SectionSummary) -> String {
        let free = section.freeSeats == 0 ? soldOut : "\(Formatting.points(Int64(section.freeSeats))) of \(Formatting.points(Int64(section.seatCount))) free"
        return "\(section.name) · \(section.grade) · \(Formatting.points(section.price)) pts · \(free) · \(section.rowCount) row\(section.rowCount == 1 ? "" : "s")"
    }

    /// What the overview's last line says: the holds and their time, or what to do.
    static func venueHint(_ state: AppState) -> String {
        if let soonest = state.holds.map(\.expiresAt).min() {
            return "You hold \(places(state.holds.map(\.seat))) · \(Formatting.countdown(until: soonest, now: state.now)) left · c to check out"
        }
        return "Enter opens a section · a holds the best seats together"
    }

    static func sectionSoldOut(_ name: String) -> String {
        "Section \(name) is sold out; every seat is shown, none can be held."
    }

    static func held(_ seats: [SeatLabel], payWithin: String) -> String {
        "Held \(places(seats)). Pay within \(payWithin)."
    }

    static func released(_ seats: [SeatLabel]) -> String {
        "Released \(places(seats))."
    }

    static func holdsLapsed(_ seats: [SeatLabel]) -> String {
        "Your hold expired and \(places(seats)) went back on sale."
    }

    static func takenFromSelection(_ places: [String]) -> String {
        "\(places.joined(separator: ", ")) was just taken by someone else and left your selection."
    }

    static func seatTaken(_ place: String) -> String { "\(place) is taken. Pick a free seat." }
    static func seatHeldByYou(_ place: String) -> String { "You already hold \(place). Press c to pay for it." }
    static func seatBoughtByYou(_ place: String) -> String { "You already bought \(place)." }

    static func allowanceUsed(_ holding: Int) -> String {
        "You already hold \(holding) seats, the most at once. Press c to pay for them."
    }

    /// Where best available looks, in words.
    static func scope(_ scope: BestAvailableQuestion.Scope) -> String {
        switch scope {
        case .anywhere: "any section"
        case .grade(let grade): "any \(grade) section"
        case .section(_, let name): "section \(name)"
        }
    }

    /// Seats named by place, those of one row together: `F2 · row 12 · seats 7–10`,
    /// `F2 · row 12 · seat 7 and 101 · row 3 · seat 1`.
    static func places(_ seats: [SeatLabel], sectionNamed: Bool = true) -> String {
        var groups: [(key: String, numbers: [Int])] = []
        for seat in seats {
            let key = seat.section.isEmpty ? "" : (sectionNamed ? "\(seat.section) · " : "") + "row \(seat.row)"
            let number = seat.section.isEmpty ? seat.seatNumber : seat.seatInRow
            if let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].numbers.append(number)
            } else {
                groups.append((key, [number]))
            }
        }
        let named = groups.map { group in
            let numbers = group.numbers.sorted()
            let word = numbers.count == 1 ? "seat" : "seats"
            let list = numbers.count > 1 && numbers.last! - numbers.first! == numbers.count - 1
                ? "\(numbers.first!)–\(numbers.last!)" : numbers.map(String.init).joined(separator: ", ")
            return group.key.isEmpty ? "\(word) \(list)" : "\(group.key) · \(word) \(list)"
        }
        return named.count <= 1 ? (named.first ?? "") : named.dropLast().joined(separator: ", ") + " and " + named.last!
    }
}
