import ArgumentParser
import BookingEngine

/// `boxoffice buyers add|rotate|list`: buyer keys, for the operator.
struct BuyersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "buyers",
        abstract: "Give buyers keys for `boxoffice serve`, replace lost ones, list buyers.",
        subcommands: [Add.self, Rotate.self, List.self])

    /// A buyer's name and new key, as printed.
    struct KeyResult: Codable {
        let name: String
        let key: String
    }

    /// Makes a key for a new buyer, or for one who has only used a terminal so far.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a key for a buyer (shown once; the database keeps only its hash).",
            discussion: "A buyer who has a key already keeps it (NAME_TAKEN): replace it with `boxoffice buyers rotate NAME`.")

        @OptionGroup var database: DatabaseOption
        @Argument(help: "The buyer's name.") var name: String
        @Flag(help: "Print the result as JSON.") var json = false

        func run() async throws {
            let engine = try await CommandSupport.openEngine(database, for: "buyers add")
            let credentials: BuyerCredentials
            do { credentials = try await engine.addBuyer(name: name) } catch { throw CommandFailure(error) }
            try BuyersCommand.report(credentials, json: json)
        }
    }

    /// Replaces a buyer's key; the old one stops working at once.
    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Replace a buyer's key (the old key stops working at once).")

        @OptionGroup var database: DatabaseOption
        @Argument(help: "The buyer's name.") var name: String
        @Flag(help: "Print the result as JSON.") var json = false

        func run() async throws {
            let engine = try await CommandSupport.openEngine(database, for: "buyers rotate")
            let credentials: BuyerCredentials
            do { credentials = try await engine.rotateKey(name: name) } catch { throw CommandFailure(error) }
            try BuyersCommand.report(credentials, json: json)
        }
    }

    /// Every buyer with their balance and whether they have a key.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List buyers: name, balance, and when their key was made.")

        @OptionGroup var database: DatabaseOption
        @Flag(help: "Print the result as JSON.") var json = false

        func run() async throws {
            let engine = try await CommandSupport.openEngine(database, for: "buyers list")
            let buyers: [BuyerAccount]
            do { buyers = try await engine.buyers() } catch { throw CommandFailure(error) }
            if json {
                try CommandSupport.printJSON(buyers)
                return
            }
            for buyer in buyers {
                let key = buyer.keyMadeAt.map { "key made " + TimeText.dateTime($0) } ?? "no key"
                print("\(PrintableText.escaped(buyer.name))\t\(PointsText.grouped(buyer.balance)) pts\t\(key)")
            }
        }
    }

    static func report(_ credentials: BuyerCredentials, json: Bool) throws {
        if json {
            try CommandSupport.printJSON(KeyResult(name: credentials.name, key: credentials.key.value))
        } else {
            print("\(PrintableText.escaped(credentials.name))'s key (shown only now): \(credentials.key.value)")
        }
    }
}
