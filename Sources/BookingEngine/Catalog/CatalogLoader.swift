/// Adds a parsed catalog to a store, inside the caller's transaction.
enum CatalogLoader {
    /// The buyer that stands for sales made outside boxoffice (seats a catalog marks sold).
    static let houseBuyer = "@boxoffice"

    /// Adds every concert of `catalog`: a concert already loaded (same title and venue)
    /// gets the new dates, and a performance it already has is an error naming the line.
    /// Each venue the concerts use is added once, with its sections and rows.
    static func load(_ catalog: CatalogDocument, _ tx: any StoreWriting, _ time: EngineTime) throws -> CatalogSummary {
        var summary = CatalogSummary(concerts: 0, dates: 0, seats: 0, soldSeats: 0)
        var venues: [String: (venue: VenueID, sections: [SectionID])] = [:]
        for concert in catalog.concerts {
            guard let layout = catalog.venue(of: concert) else { continue }
            let venue = try venues[concert.venue] ?? tx.insertVenue(layout)
            venues[concert.venue] = venue
            summary = summary + (try insert(concert, at: layout, venue, tx, time))
        }
        try tx.markCatalogLoaded(at: time.now)
        return summary
    }

    private static func insert(
        _ concert: CatalogDocument.ConcertEntry, at layout: VenueLayout, _ venue: (venue: VenueID, sections: [SectionID]),
        _ tx: any StoreWriting, _ time: EngineTime
    ) throws -> CatalogSummary {
        let existing = try tx.concert(title: concert.title, venue: concert.venue)
        let concertID = try existing ?? tx.insertConcert(title: concert.title, venue: concert.venue)
        var sold = 0
        for date in concert.dates {
            let startsAt = date.when.resolved(loadedAt: time.moment).milliseconds
            if try tx.hasPerformance(concert: concertID, startsAt: startsAt) {
                throw BookingError.invalidCatalog(line: date.line, problem: .performanceAlreadyThere(loadedBefore: existing != nil))
            }
            let dateID = try tx.insertPerformance(concert: concertID, venue: venue.venue, startsAt: startsAt)
            var firstSeats: [SeatID] = []
            var number = 1
            for (section, sectionLayout) in zip(venue.sections, layout.sections) {
                firstSeats.append(try tx.insertSeats(date: dateID, section: section, layout: sectionLayout, firstNumber: number))
                number += sectionLayout.seatCount
            }
            for seat in date.soldSeats {
                let id = SeatID(firstSeats[seat.section].rawValue + Int64(seat.index))
                try sellAtBoxOffice(seat: id, price: layout.sections[seat.section].price, tx, time)
                sold += 1
            }
        }
        return CatalogSummary(
            concerts: existing == nil ? 1 : 0, dates: concert.dates.count, seats: layout.seatCount * concert.dates.count, soldSeats: sold)
    }

    /// Records a seat sold outside boxoffice as the house buyer's purchase, through the same
    /// rows a buyer's purchase makes, so every sold seat has one payment and points balance out.
    private static func sellAtBoxOffice(seat: SeatID, price: Int64, _ tx: any StoreWriting, _ time: EngineTime) throws {
        try tx.ensureBuyer(houseBuyer)
        let credited = try tx.changeBalance(buyer: houseBuyer, by: price)
        _ = try tx.appendLedger(buyer: houseBuyer, kind: .charge, amount: price, balanceAfter: credited, at: time.now, payment: nil)
        let after = try tx.changeBalance(buyer: houseBuyer, by: -price)
        let payment = try tx.insertPayment(buyer: houseBuyer, amount: price, at: time.now, token: nil)
        _ = try tx.appendLedger(buyer: houseBuyer, kind: .payment, amount: price, balanceAfter: after, at: time.now, payment: payment)
        try tx.insertSale(seat: seat, buyer: houseBuyer, price: price, payment: payment, at: time.now)
    }
}

extension CatalogSummary {
    static func + (lhs: CatalogSummary, rhs: CatalogSummary) -> CatalogSummary {
        CatalogSummary(
            concerts: lhs.concerts + rhs.concerts, dates: lhs.dates + rhs.dates,
            seats: lhs.seats + rhs.seats, soldSeats: lhs.soldSeats + rhs.soldSeats)
    }
}
