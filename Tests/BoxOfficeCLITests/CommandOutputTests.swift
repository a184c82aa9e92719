import BookingEngine
import Foundation
import GRDB
import Testing

/// What the commands print: errors as JSON under `--json`, `--version`, help, `status`'s
/// layout and JSON, and nothing raw from a file or database reaching the terminal.
@Suite struct CommandOutputTests {
    struct ErrorReport: Decodable {
        struct Details: Decodable {
            let code: String
            let message: String
        }
        let error: Details
    }

    struct Status: Decodable {
        let qaMode: Bool
        let qaClockOffsetMilliseconds: Int64
        let database: String
        let waiting: Int
        let sharedFileWarning: String?
    }

    @Test func badArgumentsUnderJSONAreJSONWithACode() throws {
        let cli = try CommandRunner()
        let result = try cli.run("points", "charge", "--user", "kim", "--json")
        #expect(result.status == 64)
        let report = try JSONDecoder().decode(ErrorReport.self, from: Data(result.errors.utf8))
        #expect(report.error.code == "INVALID_ARGUMENTS")
        #expect(report.error.message.contains("--amount"))
    }

    @Test func engineRefusalsUnderJSONCarryTheEngineCode() throws {
        let cli = try CommandRunner()
        let path = try cli.newDatabase()
        let result = try cli.run("points", "charge", "--db", path, "--user", "kim", "--amount", "0", "--json")
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(try JSONDecoder().decode(ErrorReport.self, from: Data(result.errors.utf8)).error.code == "INVALID_AMOUNT")
    }

    @Test func versionIsPrinted() throws {
        let result = try CommandRunner().run("--version")
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("boxoffice "))
    }

    @Test func helpShowsOnlyTheOptionsACommandTakes() throws {
        let cli = try CommandRunner()
        let balance = try cli.run("points", "balance", "--help").output
        #expect(balance.contains("--user") && balance.contains("--db"))
        #expect(!balance.contains("--active-limit") && !balance.contains("--admit-every"))
        let chaos = try cli.run("chaos", "--help").output
        #expect(chaos.contains("(default: 60s)") && chaos.contains("(default: 2s)"), "\(chaos)")
        #expect(!chaos.contains("DurationArgument"))
    }

    @Test func statusAlignsItsColumnsAndCountsInWords() async throws {
        let cli = try CommandRunner()
        let path = try cli.newDatabase()
        let engine = try await BookingEngine.open(path: path)
        _ = try await engine.charge(user: "kim", amount: 1_000_000, key: .random())
        let token = try await engine.issueToken(user: "kim").token
        let date = try #require(try await engine.concerts(token: token).first?.dates.first { !$0.isSoldOut })
        let seat = try #require(try await engine.seatMap(token: token, date: date.id).seats.first { $0.state == .free })
        _ = try await engine.hold(token: token, seats: [seat.id])

        let text = try cli.run("status", "--db", path).output
        #expect(text.contains("1 seat on hold"), "\(text)")
        #expect(text.contains("1,000,000 points held"))
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("  #") }
        #expect(rows.count >= 6)
        let whenColumn = rows.map { $0.range(of: "20")?.lowerBound.utf16Offset(in: $0) }
        #expect(Set(whenColumn).count == 1, "the dates start in one column: \(rows)")
        let seatsEnd = rows.map { line in line.matches(of: #/[0-9][0-9,]*  /#).last?.range.upperBound.utf16Offset(in: line) }
        #expect(Set(seatsEnd).count == 1, "the seat counts end in one column: \(rows)")
    }

    @Test func statusJSONSaysQAModeAndTheClockOffset() throws {
        let cli = try CommandRunner()
        let path = try cli.newDatabase("qa.sqlite", "--qa")
        #expect(try cli.run("tick", "--db", path, "--advance", "5m").status == 0)
        let status = try cli.run("status", "--db", path, "--json").decoded(Status.self)
        #expect(status.qaMode && status.qaClockOffsetMilliseconds == 300_000)
        #expect(status.database == path)
        let plain = try cli.run("status", "--db", try cli.newDatabase("real.sqlite"), "--json").decoded(Status.self)
        #expect(!plain.qaMode && plain.qaClockOffsetMilliseconds == 0)
        #expect(try cli.run("status", "--db", path).output.contains("QA mode, 5 min ahead of real time"))
    }

    @Test func statusEscapesTextFromTheDatabase() async throws {
        let cli = try CommandRunner()
        let path = try cli.newDatabase()
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: "UPDATE concert SET title = ? WHERE id = (SELECT MIN(id) FROM concert)",
                           arguments: ["Evil\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}[2J"])
        }
        try queue.close()
        let result = try cli.run("status", "--db", path)
        #expect(result.status == 0, "\(result.errors)")
        #expect(!result.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(result.output.contains("Evil\\u{1B}]52;c;cHduZWQ=\\u{7}\\u{1B}[2J"), "\(result.output)")
    }

    @Test(arguments: [
        "venues: [{name: Y, zone: UTC, sections: [{name: A, grade: A, price: 10, place: [0, 0], rows: 1 x 5}]}]\n"
            + "concerts: [{title: \"X\u{1B}]0;PWNED\u{07}\", venue: Y, dates: [{at: +1d 19:00}]}]\n",
        "venues: [{name: Y, zone: UTC, sections: [{name: A, grade: A, price: 10, place: [0, 0], rows: 1 x 5}]}]\n"
            + "concerts: [{title: X, venue: Y, dates: [{at: +-99999999999999d 19:00}]}]\n",
        "venues: [{name: Y, zone: UTC, sections: [{name: A, grade: A, price: 10, place: [0, 0], rows: 1 x 5}]}]\n"
            + "concerts: [{title: X, venue: Y, dates: [{at: --9223372036854775808d 19:00}]}]\n",
        "venues: [{name: Y, zone: UTC, sections: [{name: A, grade: A, price: 10, place: [0, 0], rows: 1 x 5}]}]\n"
            + "concerts: [{title: X, venue: Y, dates: [{a\u{1B}[2Jt: +1d 19:00}]}]\n",
        "concert: X\nvenue: Y\ngrade: A 1-5 10\ndate: +1d 19:00 +09:00\n",
    ])
    func hostileCatalogsAreRefusedCleanly(text: String) throws {
        let cli = try CommandRunner()
        let path = try cli.newDatabase()
        let file = cli.home.appending(path: "hostile.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try cli.run("catalog", "load", file.path, "--db", path)
        #expect(result.status == 1, "\(result.errors)")
        #expect(result.errors.contains("Catalog line"))
        #expect(!result.errors.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        let opening = try cli.run(["--db", cli.database("client.sqlite"), "--catalog", file.path, "--user", "kim"], environment: ["TERM": "xterm"])
        #expect(opening.status == 1, "the client's --catalog refuses it too: \(opening.errors)")
    }

    @Test func commandsLogToTheLogFileNotToStderr() async throws {
        let cli = try CommandRunner()
        let path = try cli.newDatabase()
        let engine = try await BookingEngine.open(path: path)
        let result = try cli.run("status", "--db", path)
        #expect(result.status == 0)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let log = try String(contentsOf: cli.logFile, encoding: .utf8)
        #expect(log.contains("status on \(path)"))
        let warned = SQLiteWALResetRace.affects(version: try #require(engine.storageDescription?.split(separator: " ").last.map(String.init)))
        #expect(result.output.contains("Warning    Several processes") == warned, "\(result.output)")
        #expect(log.contains("Several processes are using") == warned)
        if warned {
            #expect(try cli.run("status", "--db", path, "--json").decoded(Status.self).sharedFileWarning != nil)
        }
    }
}
