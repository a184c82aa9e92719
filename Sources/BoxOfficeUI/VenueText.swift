import BookingEngine

/// The venue screens' composed texts (date line, section line, seat places, best
/// available's scope) in the buyer's language, built from the catalog's templates.
enum VenueText {
    /// `Sat 28 Nov 2026 19:00 KST (10:00 your time) · 서울월드컵경기장`.
    static func dateLine(_ date: ConcertDate, venue: String, _ state: AppState) -> String {
        state.performanceTime(date.startsAt, zone: date.timeZone, style: .long) + " · " + venue
    }

    /// `F2 · VIP · 176,000 pts · 812 of 900 free · 25 rows`.
    static func sectionLine(_ section: SectionSummary, _ state: AppState) -> String {
        let free = section.freeSeats == 0 ? state.text(ScreenKey.soldOut)
            : state.text(ScreenKey.sectionFree, Formatting.points(Int64(section.freeSeats)), Formatting.points(Int64(section.seatCount)))
        let rows = state.text(section.rowCount == 1 ? ScreenKey.sectionRowsOne : ScreenKey.sectionRowsMany, section.rowCount)
        return [section.name, section.grade, state.pointsText(section.price), free, rows].joined(separator: " · ")
    }

    /// What the overview's last line says: the holds and their time, or what to do.
    static func venueHint(_ state: AppState) -> String {
        guard let soonest = state.holds.map(\.expiresAt).min() else { return state.text(ScreenKey.venueHint) }
        return state.text(ScreenKey.youHoldPlaces, places(state.holds.map(\.seat), state.language),
                          Formatting.countdown(until: soonest, now: state.now))
    }

    /// Where best available looks, in words.
    static func scope(_ scope: BestAvailableQuestion.Scope, _ language: Language) -> String {
        switch scope {
        case .anywhere: language.text(ScreenKey.scopeAnywhere)
        case .grade(let grade): language.text(ScreenKey.scopeGrade, grade)
        case .section(_, let name): language.text(ScreenKey.scopeSection, name)
        }
    }

    /// One seat's place: `F2 · row 12 · seat 7` / `F2구역 12열 7번`.
    static func place(_ seat: SeatLabel, _ language: Language) -> String {
        places([seat], language)
    }

    /// The seat at `index` of a section's seats, named by place.
    static func place(in section: SectionSeats, at index: Int, _ language: Language) -> String {
        let (row, number) = section.position(of: index)
        return language.text(ScreenKey.placeOne, section.section.name, section.rows[row].label, number)
    }

    /// Seats named by place, those of one row together: `F2 · row 12 · seats 7–10`,
    /// `F2 · row 12 · seat 7 and 101 · row 3 · seat 1`; without the section's name when
    /// `sectionNamed` is false (a section's own screen).
    static func places(_ seats: [SeatLabel], _ language: Language, sectionNamed: Bool = true) -> String {
        places(seats.map(EngineEvent.Seat.init), language, sectionNamed: sectionNamed)
    }

    /// Seats named by place, as `places(_:_:sectionNamed:)` names labelled ones: the seats
    /// of an event.
    static func places(_ seats: [EngineEvent.Seat], _ language: Language, sectionNamed: Bool = true) -> String {
        var groups: [(section: String, row: String, numbers: [Int])] = []
        for seat in seats {
            let number = seat.section.isEmpty ? seat.number : seat.seat
            if let index = groups.firstIndex(where: { $0.section == seat.section && $0.row == seat.row }) {
                groups[index].numbers.append(number)
            } else {
                groups.append((seat.section, seat.row, [number]))
            }
        }
        let named = groups.map { group in
            let numbers = group.numbers.sorted()
            let one = numbers.count == 1
            let list = numbers.count > 1 && numbers.last! - numbers.first! == numbers.count - 1
                ? "\(numbers.first!)–\(numbers.last!)" : numbers.map(String.init).joined(separator: ", ")
            if group.section.isEmpty { return language.text(one ? ScreenKey.seatOnlyOne : ScreenKey.seatOnlyMany, list) }
            if !sectionNamed { return language.text(one ? ScreenKey.rowPlaceOne : ScreenKey.rowPlaceMany, group.row, list) }
            return language.text(one ? ScreenKey.placeOne : ScreenKey.placeMany, group.section, group.row, list)
        }
        guard named.count > 1 else { return named.first ?? "" }
        return named.dropLast().joined(separator: ", ") + language.text(ScreenKey.placesAnd) + named.last!
    }
}
