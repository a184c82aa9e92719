import ArgumentParser
import BookingEngine
import BoxOfficeUI

/// `boxoffice points charge --user U --amount N` and `boxoffice points balance --user U`.
struct PointsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "points",
        abstract: about(.aboutPoints),
        subcommands: [Charge.self, Balance.self])

    struct Result: Codable {
        let user: String
        let balance: Int64
    }

    /// Adds points to a buyer's balance.
    struct Charge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.aboutPointsCharge))

        @OptionGroup var database: DatabaseOption
        @Option(name: .customLong("user"), help: ArgumentHelp(option(.pointsBuyer))) var buyer: String
        @Option(parsing: .unconditional, help: ArgumentHelp(option(.pointsAmount), valueName: "n")) var amount: String
        @Option(help: ArgumentHelp(
            option(.pointsKey),
            valueName: "key")) var key: String?
        @Flag(help: ArgumentHelp(option(.printResultJSON))) var json = false

        func run() async throws {
            let engine = try await CommandSupport.openEngine(database, for: "points charge")
            let balance: Int64
            do {
                let requestKey = try key.map { (key) throws(BookingError) in try IdempotencyKey(key) } ?? .random()
                balance = try await engine.charge(user: buyer, amountText: amount, key: requestKey)
            } catch { throw CommandFailure(error) }
            try PointsCommand.report(Result(user: buyer, balance: balance), json: json)
        }
    }

    /// Shows a buyer's balance.
    struct Balance: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: about(.aboutPointsBalance),
            discussion: about(.aboutPointsBalanceDetails))

        @OptionGroup var database: DatabaseOption
        @Option(name: .customLong("user"), help: ArgumentHelp(option(.pointsBuyer))) var buyer: String
        @Flag(help: ArgumentHelp(option(.printResultJSON))) var json = false

        func run() async throws {
            let engine = try await CommandSupport.openEngine(database, for: "points balance")
            let balance: Int64
            do {
                guard try await engine.knowsBuyer(buyer) else {
                    throw ExitMessage(.unknownBuyer, buyer, DatabaseTarget.shown(database.path), code: "UNKNOWN_BUYER")
                }
                balance = try await engine.balance(user: buyer)
            } catch let error as BookingError {
                throw CommandFailure(error)
            }
            try PointsCommand.report(Result(user: buyer, balance: balance), json: json)
        }
    }

    static func report(_ result: Result, json: Bool) throws {
        if json {
            try CommandSupport.printJSON(result)
        } else {
            print(say(.balance, PrintableText.escaped(result.user), PointsText.grouped(result.balance)))
        }
    }
}
