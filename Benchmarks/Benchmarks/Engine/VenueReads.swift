import Benchmark
import BenchSupport
import BookingEngine

/// B13 and B14: what a buyer's screen reads of a 46,300-seat stadium night (`StadiumCatalog`),
/// its front blocks busy (`VenueSetup`): the venue overview (every section's free and total
/// seats, from kept counts), and one section seat by seat, in turn each of the 43 sections
/// (900 to 1,500 seats). Each read is timed alone (`PerCall`), one at a time.
func venueReadBenchmarks() {
    let reads = BenchSizes.pick(20_000, smoke: 20)
    let prepared = SetupBox<VenueSetup>()
    let overviewLog = LatencyLog()
    let sectionLog = LatencyLog()
    Benchmark(
        "B13 venue overview 46,300 seats",
        configuration: PerCall.configuration(),
        closure: { benchmark in
            let setup = prepared.value
            try await benchmark.measureRun(log: overviewLog) {
                try await PerCall.time(0..<reads) { _ in
                    blackHole(try await setup.engine.venueOverview(token: setup.token, date: setup.date))
                }
            }
        },
        setup: { prepared.set(try await VenueSetup()) },
        teardown: {
            overviewLog.flush(label: "B13 venue overview")
            prepared.set(nil)
        })
    Benchmark(
        "B14 section read of 46,300 seats",
        configuration: PerCall.configuration(),
        closure: { benchmark in
            let setup = prepared.value
            try await benchmark.measureRun(log: sectionLog) {
                try await PerCall.time(0..<reads) { index in
                    let section = setup.sections[index % setup.sections.count]
                    blackHole(try await setup.engine.sectionSeats(token: setup.token, date: setup.date, section: section))
                }
            }
        },
        setup: { prepared.set(try await VenueSetup()) },
        teardown: {
            sectionLog.flush(label: "B14 section read")
            prepared.set(nil)
        })
}

/// One stadium night whose front is selling: 600 buyers have each held 4 seats with best
/// available (2,400 seats, the VIP floor first), so sections hold live holds as they are read.
struct VenueSetup: Sendable {
    let database: BenchDatabase
    let token: TokenID
    let date: DateID
    let sections: [SectionID]

    var engine: BookingEngine { database.engine }

    init() async throws {
        database = try await BenchDatabase(name: "venue", policy: .bench(capacity: 100_000))
        try await database.engine.loadCatalog(text: StadiumCatalog.text(nights: 1))
        let tokens = try await Shoppers.admit(database.engine, prefix: "fan", count: BenchSizes.pick(600, smoke: 10) + 1)
        token = tokens[0]
        let stadium = try await database.engine.concerts(token: token).first { $0.title.hasPrefix(StadiumCatalog.titlePrefix) }
        let night = stadium?.dates.first
        try check(night != nil, "the stadium night is missing")
        date = night!.id
        for buyer in tokens.dropFirst() { _ = try await database.engine.holdBest(token: buyer, date: date, count: 4) }
        let overview = try await database.engine.venueOverview(token: token, date: date)
        try check(overview.date.seatCount == StadiumCatalog.seatsPerNight, "the night has \(overview.date.seatCount) seats")
        sections = overview.sections.map(\.id)
    }
}
