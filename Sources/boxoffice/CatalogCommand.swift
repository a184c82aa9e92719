import ArgumentParser
import BookingEngine
import Foundation

/// `boxoffice catalog load FILE`: adds a catalog's concerts to the database.
struct CatalogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Manage the concert catalog.",
        subcommands: [Load.self])

    /// Adds the concerts of a catalog file.
    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the concerts of a catalog file (format: see assets/demo-catalog.yaml).",
            discussion: """
                The whole file is checked first; a file with any bad line adds nothing. When --db names a \
                file that does not exist yet (in a folder that does), a new database is created with this \
                catalog as its first one, instead of the demo catalog.
                """)

        @OptionGroup var database: DatabaseOption
        @Argument(help: ArgumentHelp("The catalog file.", valueName: "file")) var file: String
        @Flag(help: "Print the result as JSON.") var json = false

        func run() async throws {
            let summary: CatalogSummary
            let created: Bool
            switch try await DatabaseTarget.opening(database.path) {
            case .existing:
                let engine = try await CommandSupport.openEngine(database, for: "catalog load")
                do { summary = try await engine.loadCatalog(file: file) } catch { throw CommandFailure(error) }
                created = false
            case .new:
                // Another process may make the file first: then this catalog is added to its
                // first one instead of becoming it.
                do {
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
                let added = "Added \(CountText.of(summary.concerts, "concert")), \(CountText.of(summary.dates, "performance")), "
                    + "\(CountText.of(summary.seats, "seat")) (\(PointsText.grouped(Int64(summary.soldSeats))) already sold)."
                print(created ? "Created \(PrintableText.escaped(DatabaseTarget.shown(database.path))) with this catalog as its first. " + added : added)
            }
        }
    }
}
