import BookingEngine
import Dispatch
import Foundation
import GRDB
import Testing

/// Real `boxoffice tick` processes sharing the test's database file.
@Suite struct MultiProcessTests {
    struct Tick: Decodable {
        let admitted: Int
        let tokensExpired: Int
        let holdsReleased: Int
    }

    struct ToolFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// The `boxoffice` executable built next to this test bundle.
    static func binary() throws -> URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("boxoffice")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        throw ToolFailure(description: "no boxoffice executable near \(CommandLine.arguments[0]); build the package first")
    }

    /// Runs `boxoffice tick --json` on `db` in its own process and decodes what it printed.
    static func tick(_ binary: URL, db: String, capacity: Int) async throws -> Tick {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                process.executableURL = binary
                process.arguments = ["tick", "--db", db, "--json", "--active-limit", String(capacity)]
                let output = Pipe()
                let errors = Pipe()
                process.standardOutput = output
                process.standardError = errors
                do {
                    try process.run()
                    let data = output.fileHandleForReading.readDataToEndOfFile()
                    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                    process.waitUntilExit()
                    guard process.terminationStatus == 0 else {
                        throw ToolFailure(description: "tick exited with \(process.terminationStatus): \(message)")
                    }
                    continuation.resume(returning: try JSONDecoder().decode(Tick.self, from: data))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    @Test func twoTickProcessesAtOnceKeepCapacityAndPlaces() async throws {
        let capacity = 3
        var configuration = EngineConfiguration()
        configuration.activeCapacity = capacity
        configuration.waitingTokenLifetime = .seconds(3600)
        let e = try await TestEngine(configuration: configuration)
        // The tick processes read the system clock; start the test's clock there.
        e.clock.set(to: SystemClock().now())
        let binary = try Self.binary()
        var issued: [TokenID] = []
        for round in 0..<5 {
            async let first = Self.tick(binary, db: e.path, capacity: capacity)
            async let second = Self.tick(binary, db: e.path, capacity: capacity)
            for index in 0..<8 { issued.append(try await e.engine.issueToken(user: "r\(round)u\(index)").token) }
            let ticks = try await [first, second]
            let admitted = ticks.map(\.admitted).reduce(0, +)
            if round > 0 {
                #expect(admitted == capacity, "round \(round): \(ticks.map(\.admitted))")
            }
            // Admission deleted the expired shoppers before it made room.
            #expect(try e.sql { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM token WHERE status = 'active'") } == capacity)
            let live = try e.sql { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM token WHERE status = 'active' AND expires_at > ?",
                                 arguments: [SystemClock().now().milliseconds])
            }
            #expect(live == capacity)
            // Admitted buyers come first in issue order; everyone after them has places 1…n.
            var phases: [Int?] = []
            for token in issued { phases.append(try await e.engine.queueStatus(token: token).position) }
            let firstWaiting = try #require(phases.firstIndex { $0 != nil })
            #expect(firstWaiting == capacity)
            #expect(phases[firstWaiting...].map { $0 ?? 0 } == Array(1...(issued.count - firstWaiting)))
            // Shopping time over for everyone admitted, so the next round's ticks have room.
            for token in issued[..<firstWaiting] {
                try e.sql { try $0.execute(sql: "UPDATE token SET expires_at = 0 WHERE secret = ?", arguments: [String(token.rawValue.prefix(32))]) }
            }
            issued.removeFirst(firstWaiting)
        }
        #expect(try await e.violations().isEmpty)
    }
}
