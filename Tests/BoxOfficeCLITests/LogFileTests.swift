import Foundation
import Testing

/// The log file shared by every boxoffice process of a user: lines stay whole and none is lost
/// when several processes write it at once.
@Suite struct LogFileTests {
    @Test func linesOfOverlappingProcessesStayWhole() async throws {
        let cli = try CommandRunner()
        let path = try cli.newDatabase()
        let crowd = Process()
        crowd.executableURL = cli.binary
        crowd.arguments = ["crowd", "--db", path, "--buyers", "1", "--duration", "3s", "--progress-every", "100ms"]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = cli.home.appending(path: "data").path
        environment["XDG_STATE_HOME"] = cli.home.appending(path: "state").path
        crowd.environment = environment
        let output = Pipe()
        crowd.standardOutput = output
        crowd.standardError = FileHandle.nullDevice
        try crowd.run()
        _ = output.fileHandleForReading.availableData
        for _ in 0..<5 {
            #expect(try cli.run("status", "--db", path).status == 0)
        }
        crowd.waitUntilExit()

        let lines = try String(contentsOf: cli.logFile, encoding: .utf8).split(separator: "\n")
        let stamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ (trace|debug|info|notice|warning|error|critical) boxoffice/
        for line in lines {
            #expect(line.contains(stamp), "a broken line: \(line)")
        }
        #expect(lines.filter { $0.contains("status on \(path)") }.count == 5, "\(lines)")
        #expect(lines.contains { $0.contains("crowd of 1") } && lines.contains { $0.contains("crowd done") }, "\(lines)")
    }
}
