import BookingEngine
import Foundation
import Testing

/// The QA clock: an offset stored in the database, shared by every process on the file.
@Suite struct QAClockTests {
    struct Tick: Decodable {
        let now: Int64
    }

    @Test func anOffsetSetByOneProcessIsSeenByAnother() async throws {
        let cli = try CommandRunner()
        let path = cli.database()
        let engine = try await BookingEngine.open(path: path, qaMode: true)
        #expect(engine.isQAMode)
        let before = SystemClock().now()

        let result = try cli.run("tick", "--db", path, "--advance", "5m", "--json")
        #expect(result.status == 0, "\(result.errors)")
        let processNow = try result.decoded(Tick.self).now
        #expect(processNow >= (before + .seconds(300)).milliseconds)

        let reopened = try await BookingEngine.open(path: path)
        #expect(reopened.isQAMode)
        #expect(reopened.now() >= before + .seconds(300))
        #expect(reopened.now() < SystemClock().now() + .seconds(360))

        let status = try cli.run("status", "--db", path, "--json").decoded(EngineSnapshot.self)
        #expect(status.now >= before + .seconds(300))
    }

    @Test func aMovedClockExpiresHoldsForEveryProcess() async throws {
        let cli = try CommandRunner()
        let path = cli.database()
        let engine = try await BookingEngine.open(path: path, qaMode: true)
        let buyer = try await engine.issueToken(user: "tester")
        let date = try #require(try await engine.concerts(token: buyer.token).first?.dates.first { !$0.isSoldOut })
        let seat = try #require(try await engine.seatMap(token: buyer.token, date: date.id).seats.first { $0.state == .free })
        let hold = try #require(try await engine.hold(token: buyer.token, seats: [seat.id]).first)

        let tick = try cli.run("tick", "--db", path, "--advance", "6m", "--json")
        #expect(tick.status == 0, "\(tick.errors)")
        #expect(tick.output.contains("\"holdsReleased\":1"))
        let reopened = try await BookingEngine.open(path: path)
        #expect(try await reopened.holds(user: "tester").isEmpty)
        await #expect(throws: BookingError.holdExpired) {
            try await reopened.pay(token: buyer.token, reservations: [hold.id], key: .random())
        }
    }

    @Test func aDatabaseNotCreatedInQAModeRefusesOffsets() async throws {
        let cli = try CommandRunner()
        let path = cli.database()
        let engine = try await BookingEngine.open(path: path)
        #expect(!engine.isQAMode)
        let result = try cli.run("tick", "--db", path, "--advance", "1m", "--json")
        #expect(result.status == 1)
        #expect(result.errors.contains("not in QA mode"))
        await #expect(throws: BookingError.self) { try await engine.advanceClock(by: .seconds(60)) }
        let reopened = try await BookingEngine.open(path: path)
        #expect(!reopened.isQAMode)
        #expect(reopened.now() < SystemClock().now() + .seconds(30))
    }

    @Test func aUsedDatabaseCannotBeTurnedIntoAQADatabase() async throws {
        let cli = try CommandRunner()
        let path = cli.database()
        let engine = try await BookingEngine.open(path: path)
        _ = try await engine.charge(user: "kim", amount: 100, key: .random())
        await #expect(throws: BookingError.self) { try await BookingEngine.open(path: path, qaMode: true) }
        #expect(try await BookingEngine.open(path: path).isQAMode == false)
    }
}
