import ArgumentParser
import BookingEngine
import BoxOfficeUI

/// `--db PATH`: the database file a command works on.
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        option(.database),
        discussion: option(.databaseDetails),
        valueName: "path"))
    var db: String?

    /// The database path to use.
    var path: String { db ?? DatabaseLocation.defaultPath() }

    mutating func validate() throws {
        if let db, db.isEmpty { throw ValidationError(say(.dbNeedsPath)) }
    }
}
