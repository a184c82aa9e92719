/// Venues, sections and a performance's seats section by section, on the in-memory tables,
/// with the counts the SQLite schema's triggers keep.
extension MemoryTransaction {
    func venueOverview(of date: DateID, now: Int64) throws -> VenueOverview? {
        guard let performance = t.performances[date], let concert = t.concerts[performance.concert],
              let venue = t.venues[performance.venue]
        else { return nil }
        let lapsed = t.lapsedHolds(now: now)
        let sections = venue.sections.compactMap { summary(date: date, section: $0, lapsed: lapsed) }
        let count = t.dateCounts[date] ?? MemoryTables.SeatCount()
        let concertDate = ConcertDate(
            id: date, concertID: performance.concert, startsAt: Timestamp(milliseconds: performance.startsAt),
            seatCount: count.seats, freeSeats: count.seats - count.sold - count.held + lapsed.filter { $0.key.date == date }.values.reduce(0, +),
            timeZone: venue.layout.timeZone)
        return VenueOverview(
            concert: performance.concert, concertTitle: concert.title, venue: venue.layout.name, timeZone: venue.layout.timeZone,
            stage: venue.layout.stage, date: concertDate, sections: sections, checkedAt: Timestamp(milliseconds: now))
    }

    private func summary(date: DateID, section id: SectionID, lapsed: [MemoryTables.SectionKey: Int]) -> SectionSummary? {
        let key = MemoryTables.SectionKey(date: date, section: id)
        guard let section = t.sections[id], let count = t.sectionCounts[key] else { return nil }
        return SectionSummary(
            id: id, name: section.layout.name, grade: section.layout.grade, price: section.layout.price, place: section.layout.place,
            order: section.order, rowCount: section.layout.rows.count, seatCount: count.seats,
            freeSeats: count.seats - count.sold - count.held + (lapsed[key] ?? 0))
    }

    func sectionSeats(of date: DateID, section: SectionID, for buyer: String, now: Int64) throws -> SectionSeats? {
        let key = MemoryTables.SectionKey(date: date, section: section)
        guard let count = t.sectionCounts[key], let layout = t.sections[section]?.layout,
              let summary = summary(date: date, section: section, lapsed: t.lapsedHolds(now: now))
        else { return nil }
        let states = (0..<count.seats).map { state(of: SeatID(count.first.rawValue + Int64($0)), for: buyer, now: now) }
        return SectionSeats(
            date: date, section: summary, rows: layout.rows, firstSeat: count.first, states: states, checkedAt: Timestamp(milliseconds: now))
    }

    func insertVenue(_ venue: VenueLayout) throws -> (venue: VenueID, sections: [SectionID]) {
        let venueID = VenueID(nextID())
        var sections: [SectionID] = []
        for (order, layout) in venue.sections.enumerated() {
            guard !sections.contains(where: { t.sections[$0]?.layout.name == layout.name }) else {
                throw refuse("UNIQUE constraint failed: section.venue_id, section.name")
            }
            let id = SectionID(nextID())
            change(\.sections, key: id, to: MemoryTables.SectionRecord(venue: venueID, order: order, layout: layout))
            sections.append(id)
        }
        change(\.venues, key: venueID, to: MemoryTables.VenueRecord(layout: venue, sections: sections))
        return (venueID, sections)
    }

    func insertPerformance(concert: ConcertID, venue: VenueID, startsAt: Int64) throws -> DateID {
        guard try !hasPerformance(concert: concert, startsAt: startsAt) else { throw refuse("UNIQUE constraint failed: performance") }
        guard t.venues[venue] != nil else { throw refuse("a performance takes place at a venue") }
        let id = DateID(nextID())
        change(\.performances, key: id, to: MemoryTables.PerformanceRecord(concert: concert, venue: venue, startsAt: startsAt))
        change(\.dateCounts, key: id, to: MemoryTables.SeatCount())
        return id
    }

    /// Seat ids of one section are consecutive, as in the SQLite schema: the section's range
    /// is reserved before any other id is given out.
    func insertSeats(date: DateID, section: SectionID, layout: SectionLayout, firstNumber: Int) throws -> SeatID {
        let key = MemoryTables.SectionKey(date: date, section: section)
        guard let performance = t.performances[date], t.sections[section]?.venue == performance.venue, t.sectionCounts[key] == nil else {
            throw refuse("a seat has a section of its performance's venue, a row and a place in it")
        }
        let first = SeatID(t.lastID + 1)
        var number = firstNumber
        for (ordinal, row) in layout.rows.enumerated() {
            for seat in 1...row.seats {
                let id = SeatID(nextID())
                change(\.seats, key: id, to: MemoryTables.SeatRecord(
                    date: date, number: number, grade: layout.grade, price: layout.price, section: section, row: ordinal, seatInRow: seat))
                number += 1
            }
        }
        change(\.sectionCounts, key: key, to: MemoryTables.SeatCount(first: first, seats: layout.seatCount))
        var total = t.dateCounts[date] ?? MemoryTables.SeatCount()
        total.seats += layout.seatCount
        change(\.dateCounts, key: date, to: total)
        return first
    }

    /// Moves one seat's reservation counts: `held` and `sold` change by these amounts.
    func count(seat: SeatID, held: Int, sold: Int) {
        guard let record = t.seats[seat] else { return }
        let key = MemoryTables.SectionKey(date: record.date, section: record.section)
        if var section = t.sectionCounts[key] {
            section.held += held
            section.sold += sold
            change(\.sectionCounts, key: key, to: section)
        }
        if var date = t.dateCounts[record.date] {
            date.held += held
            date.sold += sold
            change(\.dateCounts, key: record.date, to: date)
        }
    }
}
