import ArgumentParser
import BookingEngine
import BoxOfficeUI

/// `boxoffice buyers add|rotate|list`: buyer keys, for the operator.
struct BuyersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "buyers",
        abstract: about(.aboutBuyers),
        subcommands: [Add.self, Rotate.self, List.self])

    /// A buyer's name and new key, as printed.
    struct KeyResult: Codable {
        let name: String
        let key: String
    }

    /// Makes a key for a new buyer, or for one who has only used a terminal so far.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: about(.aboutBuyersAdd),
            discussion: about(.aboutBuyersAddDetails))

        @OptionGroup var database: DatabaseOption
        @Argument(help: ArgumentHelp(option(.buyerName))) var name: String
        @Flag(help: ArgumentHelp(option(.printResultJSON))) var json = false

        func run() async throws {
            let engine = try await CommandSupport.openEngine(database, for: "buyers add")
            let credentials: BuyerCredentials
            do { credentials = try await engine.addBuyer(name: name) } catch { throw CommandFailure(error) }
            try BuyersCommand.report(credentials, json: json)
        }
    }

    /// Replaces a buyer's key; the old one stops working at once.
    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.aboutBuyersRotate))

        @OptionGroup var database: DatabaseOption
        @Argument(help: ArgumentHelp(option(.buyerName))) var name: String
        @Flag(help: ArgumentHelp(option(.printResultJSON))) var json = false

        func run() async throws {
            let engine = try await CommandSupport.openEngine(database, for: "buyers rotate")
            let credentials: BuyerCredentials
            do { credentials = try await engine.rotateKey(name: name) } catch { throw CommandFailure(error) }
            try BuyersCommand.report(credentials, json: json)
        }
    }

    /// Every buyer with their balance and whether they have a key.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.aboutBuyersList))

        @OptionGroup var database: DatabaseOption
        @Flag(help: ArgumentHelp(option(.printResultJSON))) var json = false

        func run() async throws {
            let engine = try await CommandSupport.openEngine(database, for: "buyers list")
            let buyers: [BuyerAccount]
            do { buyers = try await engine.buyers() } catch { throw CommandFailure(error) }
            if json {
                try CommandSupport.printJSON(buyers)
                return
            }
            for buyer in buyers {
                let key = buyer.keyMadeAt.map { say(.buyerKeyMade, TimeText.dateTime($0)) } ?? say(.buyerNoKey)
                print("\(PrintableText.escaped(buyer.name))\t\(PointsText.grouped(buyer.balance)) pts\t\(key)")
            }
        }
    }

    static func report(_ credentials: BuyerCredentials, json: Bool) throws {
        if json {
            try CommandSupport.printJSON(KeyResult(name: credentials.name, key: credentials.key.value))
        } else {
            print(say(.buyerKey, PrintableText.escaped(credentials.name), credentials.key.value))
        }
    }
}
