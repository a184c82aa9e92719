@testable import BookingEngine
import Dispatch
import Foundation
import Testing

/// The database is the one authority on policy and time: every process on it applies the
/// stored policy at the database's time, whatever its flags and its clock say.
@Suite struct OneAuthorityTests {
    static func capacity(_ capacity: Int) -> EngineConfiguration {
        var configuration = EngineConfiguration()
        configuration.activeCapacity = capacity
        return configuration
    }

    /// A second process asking for another capacity is refused with the stored value and
    /// the command that changes it; asking for the same value, or nothing, works, and it
    /// admits by the stored capacity.
    @Test func aSecondEngineWithOtherOptionsGetsTheStoredPolicy() async throws {
        let folder = try TempFolder()
        let path = folder.path + "/box.sqlite"
        let clock = ManualClock()
        let first = try await BookingEngine.open(path: path, policy: PolicyRequest([.activeLimit: 1]), clock: clock)
        let refused = await outcome { try await BookingEngine.open(path: path, policy: PolicyRequest([.activeLimit: 3, .holdFor: 300_000]), clock: clock) }
        #expect(refused.failure == .policyConflict(setting: .activeLimit, stored: 1, requested: 3))
        #expect(refused.failure?.message.contains("capacity (buyers shopping at once) is 1 (you asked for 3)") == true)
        #expect(refused.failure?.message.contains("`boxoffice config set active-limit 3`") == true)
        let same = try await BookingEngine.open(path: path, policy: PolicyRequest([.activeLimit: 1]), clock: clock)
        let plain = try await BookingEngine.open(path: path, clock: clock)
        #expect(plain.configuration.activeCapacity == 1)
        let statuses = [
            try await first.issueToken(user: "ann"), try await same.issueToken(user: "bob"), try await plain.issueToken(user: "cy"),
        ]
        clock.advance(by: .seconds(60))
        try await plain.runAdmission()
        #expect(statuses.map(\.isActive) == [true, false, false])
        #expect(try await plain.snapshot().active == 1)
    }

    /// An operator's change reaches every process at its next call, and is recorded.
    @Test(arguments: StoreKind.allCases) func aPolicyChangeReachesEveryProcess(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.capacity(1))
        _ = try await e.engine.issueToken(user: "ann")
        let bob = try await e.engine.issueToken(user: "bob").token
        #expect(try await e.engine.runAdmission() == 0)
        try await e.engine.setPolicy(.activeLimit, to: 2)
        #expect(e.engine.configuration.activeCapacity == 2)
        #expect(try await e.engine.runAdmission() == 1)
        #expect(try await e.engine.queueStatus(token: bob).isActive)
        #expect(try await e.engine.recentEvents(2).map(\.text) == ["Admitted 1 from the line", "Policy: active-limit 1 → 2"])
        #expect(await errorCode { try await e.engine.setPolicy(.holdFor, to: 0) } == "INVALID_REQUEST")
        #expect(try await e.engine.policy().holdDuration == .seconds(300))
    }

    /// A clock stepped back five minutes does not take the database's time back: places,
    /// holds and the waiters who keep polling all stand, and new arrivals join behind.
    @Test(arguments: StoreKind.allCases) func aClockSteppedBackChangesNothingStored(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.capacity(1))
        let ann = try await e.admitted("ann")
        var line: [TokenID] = []
        for index in 0..<5 { line.append(try await e.engine.issueToken(user: "waiter\(index)").token) }
        let hold = try await e.engine.hold(token: ann, seats: [try await e.openSeats(token: ann)[0].id])[0]
        let before = e.engine.now()
        e.clock.advance(by: .seconds(-300))
        #expect(e.engine.now() >= before)
        for round in 0..<40 {
            e.clock.advance(by: .seconds(5))
            for (index, token) in line.enumerated() {
                #expect(try await e.engine.queueStatus(token: token).position == index + 1, "round \(round)")
            }
        }
        let newcomer = try await e.engine.issueToken(user: "newcomer")
        #expect(newcomer.position == 6 && newcomer.token.rawValue.hasSuffix("-7"))
        #expect(try await e.engine.holds(user: "ann") == [hold])
        #expect(try await e.violations() == [])
    }

    /// Two processes whose clocks are five minutes apart share one line: the one ahead
    /// sets the database's time, and nobody polling through the one behind is dropped.
    @Test func clocksMinutesApartDropNobodyWhoPolls() async throws {
        let e = try await TestEngine(configuration: Self.capacity(1))
        _ = try await e.admitted("ann")
        var line: [TokenID] = []
        for index in 0..<5 { line.append(try await e.engine.issueToken(user: "waiter\(index)").token) }
        let ahead = ManualClock(start: e.clock.now() + .seconds(300))
        let other = try await BookingEngine(store: SQLiteBookingStore(path: e.path, clock: ahead), clock: ahead)
        let late = try await other.issueToken(user: "late")
        #expect(late.position == 6)
        for round in 0..<60 {
            e.clock.advance(by: .seconds(5))
            ahead.advance(by: .seconds(5))
            for (index, token) in line.enumerated() {
                let engine = index.isMultiple(of: 2) ? e.engine : other
                #expect(try await engine.queueStatus(token: token).position == index + 1, "round \(round)")
            }
            _ = try await other.queueStatus(token: late.token)
            try await other.releaseExpiredHolds()
        }
        #expect(try await e.violations() == [])
    }

    /// A QA clock jump of five minutes ends shopping times and holds, as if the time had
    /// passed, but waiters keep their places, as if their clients had kept polling.
    @Test(arguments: StoreKind.allCases) func aQAJumpKeepsWaitersAndEndsHolds(store: StoreKind) async throws {
        let clock = ManualClock()
        let folder = try TempFolder()
        let (qa, database) = try await store.newStore(path: folder.path + "/qa.sqlite", configuration: Self.capacity(1), qaMode: true, clock: clock)
        defer { withExtendedLifetime(database) {} }
        let engine = try await BookingEngine(store: qa, clock: clock)
        try await engine.loadCatalog(text: TestEngine.catalog)
        #expect(engine.isQAMode)
        let ann = try await engine.issueToken(user: "ann").token
        let bob = try await engine.issueToken(user: "bob").token
        let cy = try await engine.issueToken(user: "cy").token
        let concerts = try await engine.concerts(token: ann)
        let seat = try await engine.seatMap(token: ann, date: concerts[0].dates[0].id).seats[0]
        _ = try await engine.hold(token: ann, seats: [seat.id])
        let moved = try await engine.advanceClock(by: .seconds(300))
        #expect(moved == clock.now() + .seconds(300))
        #expect(try await engine.holds(user: "ann").isEmpty)
        #expect(try await engine.queueStatus(token: bob).position == 1)
        #expect(try await engine.queueStatus(token: cy).position == 2)
        _ = try await engine.advanceClock(by: .seconds(300))
        #expect(await errorCode { try await engine.concerts(token: ann) } == "TOKEN_EXPIRED")
        #expect(try await engine.runAdmission() == 1)
        #expect(try await engine.queueStatus(token: bob).isActive)
        #expect(try await engine.qaClockOffset() == .seconds(600))
        #expect(try await engine.audit().violations == [])
    }

    /// Processes opening a new file at once take turns: all of them open it, none sees a
    /// half-made schema, and the first catalog is loaded once.
    @Test func fourProcessesOpeningANewFileAtOnceAllSucceed() async throws {
        let binary = try MultiProcessTests.binary()
        let folder = try TempFolder()
        var catalogs: [String] = []
        for index in 0..<4 {
            let path = folder.path + "/catalog\(index).txt"
            try TestCatalog.small(title: "Opening \(index)").write(toFile: path, atomically: true, encoding: .utf8)
            catalogs.append(path)
        }
        var failures: [String] = []
        for round in 0..<20 {
            let db = folder.path + "/round\(round).sqlite"
            let results = await withTaskGroup(of: (Int32, String).self) { group in
                for catalog in catalogs {
                    group.addTask { await Self.run(binary, ["catalog", "load", "--db", db, catalog]) }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            failures += results.filter { $0.0 != 0 }.map { "round \(round): \($0.1)" }
            let engine = try await BookingEngine.open(path: db, creation: .existingOnly)
            let figures = try await engine.snapshot()
            #expect(Set(figures.dates.map(\.concertTitle)).isSuperset(of: (0..<4).map { "Opening \($0)" }))
            #expect(try await engine.audit().violations == [])
        }
        #expect(failures == [])
    }

    /// Runs the binary with `arguments`; its exit status and what it printed on stderr.
    static func run(_ binary: URL, _ arguments: [String]) async -> (Int32, String) {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                process.executableURL = binary
                process.arguments = arguments
                let errors = Pipe()
                process.standardOutput = FileHandle.nullDevice
                process.standardError = errors
                do {
                    try process.run()
                    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                    process.waitUntilExit()
                    continuation.resume(returning: (process.terminationStatus, message))
                } catch {
                    continuation.resume(returning: (-1, "\(error)"))
                }
            }
        }
    }
}
