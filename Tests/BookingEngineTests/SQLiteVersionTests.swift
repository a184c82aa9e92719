import BookingEngine
import Foundation
import GRDB
import Testing

/// The program runs the SQLite built into vapor/sqlite-nio for every call (see
/// `Sources/SQLiteForGRDB`), a release with the fix for the WAL-reset race of 3.51.2 and before.
@Suite struct SQLiteVersionTests {
    @Test func everyConnectionRunsTheBuiltInSQLite() throws {
        let version = try DatabaseQueue().read { try String.fetchOne($0, sql: "SELECT sqlite_version()") } ?? ""
        #expect(!SQLiteWALResetRace.affects(version: version), "SQLite \(version)")
    }

    @Test func theStoreSaysWhichSQLiteItRuns() async throws {
        let e = try await TestEngine(catalog: nil)
        let description = try #require(e.engine.storageDescription)
        #expect(description.hasPrefix("SQLite 3.") && !SQLiteWALResetRace.affects(version: String(description.dropFirst(7))))
    }

    /// No sqlite3_* function of the program is left to the system's libsqlite3: the program
    /// defines every one it calls.
    @Test func theProgramLeavesNoSQLiteCallToTheSystemLibrary() throws {
        let nm = Process()
        nm.executableURL = URL(fileURLWithPath: "/usr/bin/nm")
        nm.arguments = ["--undefined-only", try MultiProcessTests.binary().path]
        let output = Pipe()
        nm.standardOutput = output
        try nm.run()
        let symbols = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        nm.waitUntilExit()
        #expect(nm.terminationStatus == 0)
        #expect(symbols.split(separator: "\n").filter { $0.contains(" sqlite3_") } == [])
    }
}
