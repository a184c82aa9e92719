import ArgumentParser
import BookingEngine
import BoxOfficeUI
import Foundation

/// `--db PATH`: the database file a command works on.
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        option(.database),
        discussion: option(.databaseDetails),
        valueName: "path-or-url"))
    var db: String?

    /// `BOXOFFICE_DB` when set and not empty.
    static var environmentDatabase: String? {
        ProcessInfo.processInfo.environment["BOXOFFICE_DB"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The database asked for, by --db or else BOXOFFICE_DB; nil for the default.
    var chosen: String? { db ?? Self.environmentDatabase }

    /// The database path (or URL) to use.
    var path: String { chosen ?? DatabaseLocation.defaultPath() }

    mutating func validate() throws {
        if let db, db.isEmpty { throw ValidationError(say(.dbNeedsPath)) }
    }
}
