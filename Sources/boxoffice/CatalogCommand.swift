import ArgumentParser
import BookingEngine

/// `boxoffice catalog load FILE`: adds a catalog's concerts to the database.
struct CatalogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Manage the concert catalog.",
        subcommands: [Load.self])

    /// Adds the concerts of a catalog file.
    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the concerts of a catalog file (format: see assets/demo-catalog.txt).",
            discussion: "The whole file is checked first; a file with any bad line adds nothing.")

        @OptionGroup var engineOptions: EngineOptions
        @Argument(help: ArgumentHelp("The catalog file.", valueName: "file")) var file: String
        @Flag(help: "Print the result as JSON.") var json = false

        func run() async throws {
            let engine = try await CommandSupport.openEngine(engineOptions, creation: .inExistingFolder)
            let summary: CatalogSummary
            do { summary = try await engine.loadCatalog(file: file) } catch { throw CommandFailure(error) }
            if json {
                try CommandSupport.printJSON(summary)
            } else {
                print("Added \(summary.concerts) concerts, \(summary.dates) performances, \(summary.seats) seats (\(summary.soldSeats) already sold).")
            }
        }
    }
}
