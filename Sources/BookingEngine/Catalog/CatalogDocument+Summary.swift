extension CatalogDocument {
    /// What loading this document adds: its concerts, their performances and every seat of each.
    public var summary: CatalogSummary {
        CatalogSummary(
            concerts: concerts.count,
            dates: concerts.reduce(0) { $0 + $1.dates.count },
            seats: concerts.reduce(0) { $0 + $1.dates.count * (venue(of: $1)?.seatCount ?? 0) },
            soldSeats: concerts.reduce(0) { total, concert in total + concert.dates.reduce(0) { $0 + $1.soldSeats.count } })
    }
}
