import ArgumentParser
import BookingEngine
import BoxOfficeUI

/// `--db PATH`: the database file a command works on.
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file. Several boxoffice processes may share one file.",
        discussion: "Default: $XDG_DATA_HOME/boxoffice/boxoffice.sqlite, else ~/.local/share/boxoffice/boxoffice.sqlite.",
        valueName: "path"))
    var db: String?

    /// The database path to use.
    var path: String { db ?? DatabaseLocation.defaultPath() }

    mutating func validate() throws {
        if let db, db.isEmpty { throw ValidationError(say(.dbNeedsPath)) }
    }
}
