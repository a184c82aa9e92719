/// SQLite releases before 3.51.3 have a rare race in resetting the write-ahead log that
/// can corrupt a database written by several processes at once. This names the affected
/// versions and words the warning.
public enum SQLiteWALResetRace {
    /// The first release with the fix.
    public static let fixedIn = [3, 51, 3]

    /// Whether `version` (like "3.40.1") is affected; an unreadable version counts as affected.
    public static func affects(version: String) -> Bool {
        let parts = version.split(separator: ".").map { Int($0) }
        guard parts.count >= 2, !parts.contains(nil) else { return true }
        let numbers = parts.compactMap { $0 } + [0, 0]
        return numbers.prefix(3).lexicographicallyPrecedes(fixedIn)
    }

    /// The warning for `path` used by several processes with SQLite `version`.
    public static func warning(version: String, path: String) -> String {
        "Several processes are using \(path) with SQLite \(version). SQLite before "
            + "\(fixedIn.map(String.init).joined(separator: ".")) has a rare race that can corrupt a database "
            + "written by several processes at once: upgrade SQLite (libsqlite3), or use this file from one process at a time."
    }
}
