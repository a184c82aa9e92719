import BookingEngine
import Foundation
import Testing

/// Which commands create a database and which open existing ones only (issue 19, item 6),
/// and `boxoffice new`.
@Suite struct DatabaseFileCommandTests {
    struct ErrorReport: Decodable {
        struct Details: Decodable {
            let code: String
            let message: String
        }
        let error: Details
    }

    @Test(arguments: [
        ["status", "--json"], ["tick", "--json"], ["points", "balance", "--user", "kim", "--json"],
        ["points", "charge", "--user", "kim", "--amount", "5", "--json"], ["crowd", "--buyers", "1", "--duration", "1s"],
    ])
    func commandsRefuseAMistypedPathAndCreateNothing(command: [String]) throws {
        let cli = try CommandRunner()
        let path = cli.home.appending(path: "typo/box.sqlite").path
        let result = try cli.run(command + ["--db", path])
        #expect(result.status == 1, "\(result.output)")
        if command.contains("--json") {
            let report = try JSONDecoder().decode(ErrorReport.self, from: Data(result.errors.utf8))
            #expect(report.error.code == "NO_DATABASE")
            #expect(report.error.message.contains(path) && report.error.message.contains("boxoffice new"))
        } else {
            #expect(result.errors.contains("No database at \(path)"))
        }
        #expect(!FileManager.default.fileExists(atPath: cli.home.appending(path: "typo").path), "a folder was created")
    }

    @Test func aMissingFileInAnExistingFolderIsNotCreatedEither() throws {
        let cli = try CommandRunner()
        let path = cli.database("missing.sqlite")
        let result = try cli.run("status", "--db", path)
        #expect(result.status == 1)
        #expect(result.errors.contains("No database at \(path)"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func theDefaultDatabaseMustExistForCommandsToo() throws {
        let cli = try CommandRunner()
        let result = try cli.run("status")
        #expect(result.status == 1)
        #expect(result.errors.contains("No database at"))
    }

    @Test func anUnknownBuyerIsNotReportedAsZero() throws {
        let cli = try CommandRunner()
        let path = try cli.newDatabase()
        let result = try cli.run("points", "balance", "--db", path, "--user", "nobody-here", "--json")
        #expect(result.status == 1, "\(result.output)")
        #expect(try JSONDecoder().decode(ErrorReport.self, from: Data(result.errors.utf8)).error.code == "UNKNOWN_BUYER")
        #expect(result.output.isEmpty)
    }

    @Test func newCreatesAQADatabaseAndRefusesAnExistingOne() throws {
        let cli = try CommandRunner()
        let path = cli.database("qa.sqlite")
        let created = try cli.run("new", "--qa", "--db", path)
        #expect(created.status == 0, "\(created.errors)")
        #expect(created.output.contains("in QA mode"))
        let tick = try cli.run("tick", "--db", path, "--advance", "5m")
        #expect(tick.status == 0, "\(tick.errors)")
        let again = try cli.run("new", "--db", path, "--json")
        #expect(again.status == 1)
        #expect(try JSONDecoder().decode(ErrorReport.self, from: Data(again.errors.utf8)).error.code == "DATABASE_EXISTS")
    }

    @Test func newRefusesAFolderThatDoesNotExist() throws {
        let cli = try CommandRunner()
        let result = try cli.run("new", "--db", cli.home.appending(path: "no/such/folder/box.sqlite").path)
        #expect(result.status == 1)
        #expect(result.errors.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: cli.home.appending(path: "no").path))
    }

    @Test func catalogLoadCreatesANewDatabaseWithOnlyThatCatalog() throws {
        let cli = try CommandRunner()
        let file = cli.home.appending(path: "one.txt")
        try "venues: [{name: Hall, zone: Asia/Seoul, sections: [{name: A, grade: A, price: 5000, place: [0, 0], rows: 2 x 10}]}]\nconcerts: [{title: 단 하나, venue: Hall, dates: [{at: +5d 19:00}]}]\n".write(to: file, atomically: true, encoding: .utf8)
        let path = cli.database("fresh.sqlite")
        let loaded = try cli.run("catalog", "load", file.path, "--db", path)
        #expect(loaded.status == 0, "\(loaded.errors)")
        #expect(loaded.output.contains("Created"))
        let snapshot = try cli.run("status", "--db", path, "--json").decoded(EngineSnapshot.self)
        #expect(snapshot.dates.map(\.concertTitle) == ["단 하나"])
        let elsewhere = try cli.run("catalog", "load", file.path, "--db", cli.home.appending(path: "typo/x.sqlite").path)
        #expect(elsewhere.status == 1)
        #expect(elsewhere.errors.contains("does not exist"))
    }

    @Test func theClientRefusesANewFileInAMissingFolder() throws {
        let cli = try CommandRunner()
        let path = cli.home.appending(path: "typo/box.sqlite").path
        let result = try cli.run(["--db", path, "--user", "kim"], environment: ["TERM": "xterm"])
        #expect(result.status == 1)
        #expect(result.errors.contains("The folder \(cli.home.appending(path: "typo").path) does not exist"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: cli.home.appending(path: "typo").path))
    }

    @Test func theClientRefusesADumbTerminalBeforeTouchingAnyFile() throws {
        let cli = try CommandRunner()
        let path = cli.database("dumb.sqlite")
        let result = try cli.run(["--db", path, "--user", "kim"], environment: ["TERM": "dumb"])
        #expect(result.status == 1)
        #expect(result.errors.contains("TERM=dumb") && result.errors.contains("cannot move the cursor"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
