import Benchmark
import BenchSupport
import BookingEngine
import BoxOfficeUI

/// Client: rendering the seat grid, from a state built the way the client builds it
/// (`reduce` with the engine's real answers for an admitted buyer on the demo catalog).
let benchmarks: @Sendable () -> Void = {
    let state = SetupBox<AppState>()
    for (width, height) in [(80, 24), (200, 60)] {
        Benchmark(
            "Client render seat grid \(width)x\(height)",
            configuration: .init(
                metrics: [.wallClock, .throughput], timeUnits: .microseconds, warmupIterations: 10,
                maxDuration: .seconds(5), maxIterations: BenchSizes.pick(10_000, smoke: 1)),
            closure: { benchmark in
                let seatGrid = state.value
                for _ in benchmark.scaledIterations {
                    blackHole(render(seatGrid, width: width, height: height))
                }
            },
            setup: { state.set(try await seatGridState()) },
            teardown: { state.set(nil) })
    }
}

/// An admitted buyer on the seat grid of the first open date, with a few seats held.
func seatGridState() async throws -> AppState {
    let database = try await BenchDatabase(name: "client")
    let engine = database.engine
    let queue = try await engine.issueToken(user: "민지")
    let concerts = try await engine.concerts(token: queue.token)
    var state = AppState(user: "민지", configuration: engine.configuration, now: engine.now(), utcOffsetMinutes: 9 * 60)
    _ = state.start()
    _ = reduce(&state, .balanceLoaded(300_000))
    _ = reduce(&state, .bookingsLoaded(holds: [], bookings: []))
    _ = reduce(&state, .tokenIssued(queue))
    _ = reduce(&state, .concertsLoaded(concerts))
    _ = reduce(&state, .input(.key(.enter)))
    guard let date = state.selectedDate else { throw ClientSetupError.noOpenDate }
    let map = try await engine.seatMap(token: queue.token, date: date)
    let holds = try await engine.hold(token: queue.token, seats: map.seats.filter { $0.state == .free }.prefix(2).map(\.id))
    _ = reduce(&state, .bookingsLoaded(holds: holds, bookings: []))
    _ = reduce(&state, .seatMapLoaded(try await engine.seatMap(token: queue.token, date: date)))
    guard state.screen == .seatGrid else { throw ClientSetupError.notOnSeatGrid(state.screen) }
    return state
}

/// The state could not be brought to the seat grid.
enum ClientSetupError: Error {
    case noOpenDate
    case notOnSeatGrid(ScreenID)
}
