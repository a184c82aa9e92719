import BookingEngine
import Foundation
import Testing

/// The warning for SQLite versions with the multi-process WAL-reset race.
@Suite struct SharedFileWarningTests {
    @Test(arguments: [("3.40.1", true), ("3.51.2", true), ("3.51.3", false), ("3.52.0", false), ("4.0", false), ("3.9", true), ("", true), ("x.y", true)])
    func affectedVersions(version: String, affected: Bool) {
        #expect(SQLiteWALResetRace.affects(version: version) == affected)
    }

    @Test func oneProcessAloneIsNotWarned() async throws {
        let test = try await TestEngine()
        #expect(await test.engine.operatorWarning() == nil)
        #expect(try await test.reopened().engine.operatorWarning() == nil)
    }

    @Test func anotherProcessOnTheFileIsNoticed() async throws {
        let test = try await TestEngine()
        let crowd = Process()
        crowd.executableURL = try MultiProcessTests.binary()
        crowd.arguments = ["crowd", "--db", test.path, "--buyers", "1", "--duration", "60s", "--progress-every", "100ms"]
        let output = Pipe()
        crowd.standardOutput = output
        crowd.standardError = FileHandle.nullDevice
        try crowd.run()
        defer {
            crowd.terminate()
            crowd.waitUntilExit()
        }
        _ = output.fileHandleForReading.availableData
        let warning = await test.engine.operatorWarning()
        let version = try #require(test.engine.storageDescription?.split(separator: " ").last.map(String.init))
        #expect((warning != nil) == SQLiteWALResetRace.affects(version: version))
        if let warning { #expect(warning.contains("Several processes are using \(test.path)")) }
    }
}
