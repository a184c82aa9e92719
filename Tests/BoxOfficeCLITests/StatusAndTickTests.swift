import BookingEngine
import Foundation
import Testing

/// `boxoffice status` and `boxoffice tick` as processes, their JSON parsed and checked.
@Suite struct StatusAndTickTests {
    struct Tick: Decodable {
        let admitted: Int
        let tokensExpired: Int
        let holdsReleased: Int
        let now: Int64
    }

    @Test func statusDescribesANewDatabaseWithTheDemoCatalog() throws {
        let cli = try CommandRunner()
        let result = try cli.run("status", "--db", try cli.newDatabase(), "--json")
        #expect(result.status == 0, "\(result.errors)")
        let snapshot = try result.decoded(EngineSnapshot.self)
        #expect(snapshot.capacity == 30)
        #expect(snapshot.waiting == 0 && snapshot.active == 0 && snapshot.liveHolds == 0)
        #expect(snapshot.dates.count >= 6)
        #expect(snapshot.dates.contains { $0.seats == 50 } && snapshot.dates.contains { $0.seats > 40_000 })
        #expect(snapshot.dates.contains { $0.sold == 50 })
        #expect(snapshot.dates.contains { $0.sold == 0 })
        #expect(snapshot.dates.contains { $0.concertTitle.contains("아이유") })
    }

    @Test func statusSeesWhatAnotherProcessDid() async throws {
        let cli = try CommandRunner()
        let path = cli.database()
        let engine = try await BookingEngine.open(path: path, policy: PolicyRequest([.activeLimit: 1]))
        let first = try await engine.issueToken(user: "first")
        _ = try await engine.issueToken(user: "second")
        let date = try #require(try await engine.concerts(token: first.token).first?.dates.first { !$0.isSoldOut })
        let seat = try #require(try await engine.seatMap(token: first.token, date: date.id).seats.first { $0.state == .free })
        _ = try await engine.hold(token: first.token, seats: [seat.id])

        let snapshot = try cli.run("status", "--db", path, "--json").decoded(EngineSnapshot.self)
        #expect(snapshot.waiting == 1 && snapshot.active == 1 && snapshot.liveHolds == 1)
        #expect(snapshot.dates.first { $0.dateID == date.id.rawValue }?.held == 1)
    }

    /// A tick asking for another capacity than the database's is refused, naming the stored
    /// value and `config set`; once the operator changes it, every process admits by it.
    @Test func tickAdmitsWaitingBuyersByTheStoredCapacity() async throws {
        let cli = try CommandRunner()
        let path = cli.database()
        let engine = try await BookingEngine.open(path: path, policy: PolicyRequest([.activeLimit: 1]))
        #expect(try await engine.issueToken(user: "first").isActive)
        let waiting = [try await engine.issueToken(user: "second"), try await engine.issueToken(user: "third")]
        #expect(waiting.allSatisfy { !$0.isActive })

        let refused = try cli.run("tick", "--db", path, "--active-limit", "3", "--json")
        #expect(refused.status == 1)
        #expect(refused.errors.contains("capacity (buyers shopping at once) is 1 (you asked for 3)"))
        #expect(refused.errors.contains("boxoffice config set active-limit 3"))
        #expect(try await engine.runAdmission() == 0)
        let set = try cli.run("config", "set", "--db", path, "active-limit", "3")
        #expect(set.status == 0, "\(set.errors)")
        #expect(set.output.contains("active-limit: 1 → 3"))
        #expect(try cli.run("config", "show", "--db", path).output.contains("active-limit              3  capacity (buyers shopping at once)"))

        let result = try cli.run("tick", "--db", path, "--active-limit", "3", "--json")
        #expect(result.status == 0, "\(result.errors)")
        let tick = try result.decoded(Tick.self)
        #expect(tick.admitted == 2 && tick.tokensExpired == 0 && tick.holdsReleased == 0)
        for status in waiting {
            #expect(try await engine.queueStatus(token: status.token).isActive)
        }
        let again = try cli.run("tick", "--db", path, "--active-limit", "3", "--json").decoded(Tick.self)
        #expect(again.admitted == 0)
    }

    @Test func badOptionsAreRefusedBeforeTouchingTheDatabase() throws {
        let cli = try CommandRunner()
        let path = cli.database()
        let result = try cli.run("tick", "--db", path, "--admit-every", "0s")
        #expect(result.status == 64)
        #expect(result.errors.contains("--admit-every"))
        #expect(!FileManager.default.fileExists(atPath: path))
        let limit = try cli.run("tick", "--db", path, "--active-limit", "0")
        #expect(limit.status == 64)
        #expect(limit.errors.contains("--active-limit must be between 1 and 100000"))
    }
}
