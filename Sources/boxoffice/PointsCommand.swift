import ArgumentParser
import BookingEngine

/// `boxoffice points charge --user U --amount N` and `boxoffice points balance --user U`.
struct PointsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "points",
        abstract: "Top up or look at a buyer's prepaid points.",
        subcommands: [Charge.self, Balance.self])

    struct Result: Codable {
        let user: String
        let balance: Int64
    }

    /// Adds points to a buyer's balance.
    struct Charge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add points to a buyer's balance (1 to 1,000,000 at a time).")

        @OptionGroup var database: DatabaseOption
        @Option(name: .customLong("user"), help: "The buyer.") var buyer: String
        @Option(parsing: .unconditional, help: ArgumentHelp("Whole points to add.", valueName: "n")) var amount: String
        @Option(help: ArgumentHelp(
            "A name for this top-up, so that running the command again with the same key credits once (default: a new key).",
            valueName: "key")) var key: String?
        @Flag(help: "Print the result as JSON.") var json = false

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
            abstract: "Show a buyer's balance.",
            discussion: "A name this database has never seen (never in line, never topped up) is refused (UNKNOWN_BUYER), so a mistyped name is not taken for an empty balance.")

        @OptionGroup var database: DatabaseOption
        @Option(name: .customLong("user"), help: "The buyer.") var buyer: String
        @Flag(help: "Print the result as JSON.") var json = false

        func run() async throws {
            let engine = try await CommandSupport.openEngine(database, for: "points balance")
            let balance: Int64
            do {
                guard try await engine.knowsBuyer(buyer) else {
                    throw ExitMessage(
                        "Nobody named \(buyer) has joined the line or topped up on \(DatabaseTarget.shown(database.path)). Check the name (it is case-sensitive).",
                        code: "UNKNOWN_BUYER")
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
            print("\(PrintableText.escaped(result.user)) has \(PointsText.grouped(result.balance)) points.")
        }
    }
}
