import Benchmark
import BenchSupport
import BookingEngine
import BoxOfficeUI

/// Client: rendering the venue overview of the demo stadium (46,300 seats, 39 sections) and a
/// 2,000-seat section, from states built the way the client builds them (`reduce` with the
/// engine's real answers for an admitted buyer; the section, larger than any of the demo's,
/// is made here: 40 rows of 50, a fifth of it sold and some held).
let benchmarks: @Sendable () -> Void = {
    let venue = SetupBox<AppState>()
    let section = SetupBox<AppState>()
    for (width, height) in [(80, 24), (200, 60)] {
        Benchmark(
            "Client render venue overview \(width)x\(height)",
            configuration: configuration(),
            closure: { benchmark in
                let state = venue.value
                for _ in benchmark.scaledIterations { blackHole(render(state, width: width, height: height)) }
            },
            setup: { venue.set(try await venueState(width: width, height: height)) },
            teardown: { venue.set(nil) })
        Benchmark(
            "Client render 2,000-seat section \(width)x\(height)",
            configuration: configuration(),
            closure: { benchmark in
                let state = section.value
                for _ in benchmark.scaledIterations { blackHole(render(state, width: width, height: height)) }
            },
            setup: { section.set(try await sectionState(width: width, height: height)) },
            teardown: { section.set(nil) })
    }
}

/// Many short renders, a few seconds at most.
private func configuration() -> Benchmark.Configuration {
    .init(
        metrics: [.wallClock, .throughput], timeUnits: .microseconds, warmupIterations: 10,
        maxDuration: .seconds(5), maxIterations: BenchSizes.pick(10_000, smoke: 1))
}

/// An admitted buyer on the demo stadium's overview, with two seats held.
func venueState(width: Int, height: Int) async throws -> AppState {
    let database = try await BenchDatabase(name: "client")
    let engine = database.engine
    let queue = try await engine.issueToken(user: "민지")
    let concerts = try await engine.concerts(token: queue.token)
    var state = AppState(
        user: "민지", configuration: engine.configuration, now: engine.now(), utcOffsetMinutes: 0, timeZone: "UTC", width: width,
        height: height)
    _ = state.start()
    _ = reduce(&state, .balanceLoaded(300_000))
    _ = reduce(&state, .bookingsLoaded(holds: [], bookings: []))
    _ = reduce(&state, .tokenIssued(queue))
    _ = reduce(&state, .concertsLoaded(concerts))
    while state.dateChoices[state.dateCursor].date.seatCount < 40_000 {
        _ = reduce(&state, .input(.key(.down)))
        guard state.dateCursor < state.dateChoices.count - 1 else { throw ClientSetupError.noStadium }
    }
    _ = reduce(&state, .input(.key(.enter)))
    guard let date = state.selectedDate else { throw ClientSetupError.noStadium }
    let holds = try await engine.holdBest(token: queue.token, date: date, count: 2)
    _ = reduce(&state, .bookingsLoaded(holds: holds, bookings: []))
    _ = reduce(&state, .venueLoaded(try await engine.venueOverview(token: queue.token, date: date)))
    guard state.screen == .venue, state.venue?.sections.count == 39 else { throw ClientSetupError.notOn(state.screen) }
    return state
}

/// The same buyer on a 2,000-seat section (40 rows of 50): every fifth seat sold, every
/// seventh held by others.
func sectionState(width: Int, height: Int) async throws -> AppState {
    var state = try await venueState(width: width, height: height)
    _ = reduce(&state, .input(.key(.enter)))
    guard let date = state.selectedDate, let id = state.selectedSection, let summary = state.venue?.sections[state.sectionCursor] else {
        throw ClientSetupError.notOn(state.screen)
    }
    let states = (0..<2_000).map { index -> SeatState in index % 5 == 0 ? .sold : index % 7 == 0 ? .held : .free }
    let section = SectionSeats(
        date: date,
        section: SectionSummary(
            id: id, name: summary.name, grade: summary.grade, price: summary.price, place: summary.place, order: summary.order,
            rowCount: 40, seatCount: 2_000, freeSeats: states.filter { $0 == .free }.count),
        rows: (1...40).map { SectionRow(label: String($0), seats: 50) }, firstSeat: SeatID(1), states: states,
        checkedAt: state.now)
    _ = reduce(&state, .sectionLoaded(section))
    _ = reduce(&state, .input(.key(.pageDown)))
    guard state.screen == .seatGrid, state.section?.states.count == 2_000 else { throw ClientSetupError.notOn(state.screen) }
    return state
}

/// The state could not be brought to the screen measured.
enum ClientSetupError: Error {
    case noStadium
    case notOn(ScreenID)
}
