import ArgumentParser
import BookingEngine
import BoxOfficeUI
import Foundation

/// `boxoffice catalog load FILE`: adds a catalog's concerts to the database.
struct CatalogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: about(.aboutCatalog),
        subcommands: [Load.self])

    /// Adds the concerts of a catalog file.
    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: about(.aboutCatalogLoad),
            discussion: about(.aboutCatalogLoadDetails))

        @OptionGroup var database: DatabaseOption
        @Argument(help: ArgumentHelp(option(.catalogFile), valueName: "file")) var file: String
        @Flag(help: ArgumentHelp(option(.printResultJSON))) var json = false

        func run() async throws {
            let summary: CatalogSummary
            let created: Bool
            switch try await DatabaseTarget.opening(database.path) {
            case .existing:
                let engine = try await CommandSupport.openEngine(database, for: "catalog load")
                do { summary = try await engine.loadCatalog(file: file) } catch { throw CommandFailure(error) }
                created = false
            case .new:
                // A bad file is refused before the database is made. Another process may
                // make the file first: then this catalog is added to its first one instead.
                do {
                    try BookingEngine.checkCatalog(file: file)
                    let engine = try await DatabaseTarget.open(database.path, creation: .withFolders, seedDemo: false)
                    if let first = try await engine.seedCatalogIfNew(file: file) {
                        summary = first
                        created = true
                    } else {
                        summary = try await engine.loadCatalog(file: file)
                        created = false
                    }
                } catch {
                    throw CommandFailure(error)
                }
            }
            if json {
                try CommandSupport.printJSON(summary)
            } else {
                let concerts = CountText.of(summary.concerts, .countConcertOne, .countConcertMany)
                let dates = CountText.of(summary.dates, .countPerformanceOne, .countPerformanceMany)
                let seats = CountText.of(summary.seats, .countSeatOne, .countSeatMany)
                let sold = PointsText.grouped(Int64(summary.soldSeats))
                print(created ? say(.catalogCreated, PrintableText.escaped(DatabaseTarget.shown(database.path)), concerts, dates, seats, sold)
                      : say(.catalogAdded, concerts, dates, seats, sold))
            }
        }
    }
}
