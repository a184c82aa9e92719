import BookingEngine
import Foundation
import Testing

/// `boxoffice points` and `boxoffice catalog load` as processes.
@Suite struct PointsAndCatalogCommandTests {
    struct Balance: Decodable {
        let user: String
        let balance: Int64
    }

    @Test func chargeAndBalanceAsJSON() throws {
        let cli = try CommandRunner()
        let path = try cli.newDatabase()
        let charged = try cli.run("points", "charge", "--db", path, "--user", "민지", "--amount", "12,000", "--json")
        #expect(charged.status == 0, "\(charged.errors)")
        let balance = try charged.decoded(Balance.self)
        #expect(balance.user == "민지" && balance.balance == 12_000)
        let read = try cli.run("points", "balance", "--db", path, "--user", "민지", "--json").decoded(Balance.self)
        #expect(read.balance == 12_000)
    }

    @Test(arguments: ["abc", "0", "-5", "1000001", "99999999999999999999"])
    func badAmountsAreRefusedAndChangeNothing(amount: String) throws {
        let cli = try CommandRunner()
        let path = try cli.newDatabase()
        _ = try cli.run("points", "charge", "--db", path, "--user", "kim", "--amount", "500")
        let result = try cli.run("points", "charge", "--db", path, "--user", "kim", "--amount", amount, "--json")
        #expect(result.status == 1)
        #expect(result.errors.contains("INVALID_AMOUNT"))
        let read = try cli.run("points", "balance", "--db", path, "--user", "kim", "--json").decoded(Balance.self)
        #expect(read.balance == 500)
    }

    @Test func catalogLoadAddsConcertsAndABadFileAddsNothing() throws {
        let cli = try CommandRunner()
        let path = try cli.newDatabase()
        let good = cli.home.appending(path: "good.txt")
        try ("venues: [{name: Hall, zone: Asia/Seoul, sections: [{name: A, grade: A, price: 5000, place: [0, 0], rows: 2 x 10}]}]\n"
            + "concerts: [{title: 새 공연, venue: Hall, dates: [{at: +5d 19:00}, {at: +6d 19:00}]}]\n")
            .write(to: good, atomically: true, encoding: .utf8)
        let before = try cli.run("status", "--db", path, "--json").decoded(EngineSnapshot.self).dates.count
        let loaded = try cli.run("catalog", "load", good.path, "--db", path, "--json")
        #expect(loaded.status == 0, "\(loaded.errors)")
        let summary = try loaded.decoded(CatalogSummary.self)
        #expect(summary == CatalogSummary(concerts: 1, dates: 2, seats: 40, soldSeats: 0))

        let bad = cli.home.appending(path: "bad.txt")
        try ("venues:\n  - {name: Y, zone: Asia/Seoul, sections: [{name: A, grade: A, price: 10, place: [0, 0], rows: 1 x 3}]}\n"
            + "concerts:\n  - {title: X, venue: Y, dates: [{at: +1d 10:00, sold: [A 1 4]}]}\n").write(to: bad, atomically: true, encoding: .utf8)
        let refused = try cli.run("catalog", "load", bad.path, "--db", path)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("Catalog line 4"))
        let after = try cli.run("status", "--db", path, "--json").decoded(EngineSnapshot.self).dates.count
        #expect(after == before + 2)
    }

    /// A bad catalog given for a database that does not exist yet makes no database: not
    /// through `catalog load`, not through `new --catalog`.
    @Test func aBadCatalogForANewDatabaseMakesNoFile() throws {
        let cli = try CommandRunner()
        let bad = cli.home.appending(path: "bad.yaml")
        try "venues:\n  - name: \"Bad\u{1B}[31m\"\n".write(to: bad, atomically: true, encoding: .utf8)
        for arguments in [["catalog", "load", bad.path, "--db", cli.database("loaded.sqlite")],
                          ["new", "--db", cli.database("new.sqlite"), "--catalog", bad.path]] {
            let refused = try cli.run(arguments)
            #expect(refused.status == 1, "\(arguments)")
            #expect(refused.errors.contains("control character U+001B"), "\(refused.errors)")
            let made = try FileManager.default.contentsOfDirectory(atPath: cli.home.path).filter { $0.contains(".sqlite") }
            #expect(made.isEmpty, "\(arguments) left \(made)")
        }
    }

    /// A binary copied without its resource bundle says the demo catalog is missing and
    /// what to do, instead of stopping the process.
    @Test func aBinaryWithoutItsDemoCatalogSaysSo() throws {
        var cli = try CommandRunner()
        let lonely = cli.home.appending(path: "bin/boxoffice")
        try FileManager.default.createDirectory(at: lonely.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: cli.binary, to: lonely)
        cli.binary = lonely
        let refused = try cli.run("new", "--db", cli.database("lonely.sqlite"))
        #expect(refused.status == 1, "\(refused.errors)")
        #expect(refused.errors.contains("the demo catalog is missing from this installation"), "\(refused.errors)")
        #expect(refused.errors.contains("--catalog FILE"))
    }
}
