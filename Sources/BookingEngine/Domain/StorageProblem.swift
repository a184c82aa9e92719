/// Why the booking database cannot be used (`STORAGE_FAILURE`): for what a person at a
/// terminal can fix (a path, a busy or full disk, a file of another program, a PostgreSQL
/// server that cannot be reached or refuses), a case that a client words in its reader's
/// language; anything else is `said`, the words of the database library, of a server, or of
/// the engine about a state it never expects. `english` is the phrase for logs, `--json` and
/// HTTP.
public enum StorageProblem: Sendable, Equatable {
    /// Another process held the SQLite file for over `seconds` seconds.
    case busy(file: String, seconds: Int)
    case readOnly(file: String)
    /// The file or its folder cannot be written.
    case readOnlyFolder(file: String)
    case diskFull(file: String)
    case cannotOpen(file: String)
    /// The system refused to open the file; `reason` is the system's words.
    case cannotOpenBecause(file: String, reason: String)
    case cannotLock(file: String, reason: String)
    case cannotCreate(file: String, reason: String)
    case cannotCreateFolder(folder: String, reason: String)
    case unreadable(file: String)
    /// Reading or writing failed; `detail` is the library's words.
    case ioFailed(file: String, detail: String)
    /// A CHECK or UNIQUE rule refused a change; `rule` is the database's words.
    case refusedBySafetyRule(rule: String)
    /// A database of a development build from before the schema was frozen.
    case oldDevelopmentDatabase(file: String)
    case notBoxOfficeOrDamaged(file: String)
    /// A SQLite file with tables of another program.
    case otherProgram(file: String)
    /// A file left as it was: SQLite of another program, or not SQLite at all.
    case otherProgramUntouched(file: String)
    case notSQLite(file: String)
    case newerVersion(file: String)
    case emptyPath
    case isFolder(file: String)
    /// No database at a path that must have one.
    case noDatabase(file: String)
    /// A new database's folder that does not exist.
    case noFolder(folder: String, file: String)
    case folderIsFile(folder: String)
    // A PostgreSQL server or database; `database` is its URL without the password, a
    // `detail` or `message` the server's own words.
    /// The connection failed or was lost: refused, closed, or the server restarting.
    case serverUnreachable(database: String)
    /// A serialization failure or deadlock that outlasted the retries.
    case tooBusy(detail: String)
    /// The server has no database of this name.
    case noSuchDatabase(name: String)
    /// The server refused to let `user` in.
    case userRefused(user: String, detail: String)
    case permissionDenied(user: String, database: String, detail: String)
    case serverDiskFull
    case noConnectionLeft(detail: String)
    /// Any other refusal of the server, with its SQLSTATE.
    case serverError(message: String, state: String)
    /// A database without a boxoffice schema, opened as an existing one.
    case notSetUp(database: String)
    /// A database without a boxoffice schema that holds tables of another program.
    case otherProgramsTables(database: String)
    /// A database whose schema mark names another program.
    case otherProgramsDatabase(database: String)
    /// A database at schema `version`, past the `known` one of this build.
    case newerSchema(database: String, version: Int, known: Int)
    // The engine's own rare states
    /// Every number the line can give has been given.
    case lineExhausted
    /// A waiter's keep-alive found its place gone meanwhile.
    case waitingPlaceNotKept
    /// A payment's hold stopped being held while the payment was being made.
    case holdNotConfirmed(reservation: Int64)
    // A boxoffice server's answer
    /// An answer that is not the JSON the call expects.
    case answerUnreadable
    /// An error status whose body says nothing the client can read.
    case answerWithoutReason(status: Int)
    /// Words from elsewhere, shown as they are.
    case said(String)

    /// The problem as an English phrase, completing "The booking database cannot be used: …".
    public var english: String {
        switch self {
        case .busy(let file, let seconds): "another boxoffice kept \(file) busy for over \(seconds) seconds; try again"
        case .readOnly(let file): "\(file) is read-only; check its permissions or pick another file with --db"
        case .readOnlyFolder(let file):
            "\(file) or its folder is read-only; check the permissions and the filesystem, or pick another file with --db"
        case .diskFull(let file): "the disk holding \(file) is full; free some space and try again"
        case .cannotOpen(let file): "\(file) cannot be opened; check that its folder exists and is writable"
        case .cannotOpenBecause(let file, let reason): "\(file) cannot be opened: \(reason)"
        case .cannotLock(let file, let reason): "\(file) cannot be locked for opening: \(reason)"
        case .cannotCreate(let file, let reason): "cannot create \(file): \(reason)"
        case .cannotCreateFolder(let folder, let reason): "cannot create the folder \(folder): \(reason)"
        case .unreadable(let file): "\(file) cannot be read; check its permissions"
        case .ioFailed(let file, let detail): "reading or writing \(file) failed (\(detail)); check the disk"
        case .refusedBySafetyRule(let rule): "a safety rule of the database refused the change (\(rule)); nothing was changed"
        case .oldDevelopmentDatabase(let file):
            "\(file) was made by a development version of boxoffice from before its schema was frozen, and cannot be used; "
                + "move it aside and start a new database there, or pick another file with --db"
        case .notBoxOfficeOrDamaged(let file): "\(file) is not a boxoffice database or is damaged; pick another file with --db"
        case .otherProgram(let file): "\(file) is a SQLite database of another program, not a boxoffice one; pick another file with --db"
        case .otherProgramUntouched(let file):
            "\(file) is a SQLite database of another program, not a boxoffice one; it was left untouched. Pick another file with --db"
        case .notSQLite(let file): "\(file) is not a boxoffice database (not even SQLite); it was left untouched. Pick another file with --db"
        case .newerVersion(let file): "\(file) was written by a newer version of boxoffice; upgrade boxoffice or pick another file with --db"
        case .emptyPath: "the database path is empty; pass a file path with --db"
        case .isFolder(let file): "\(file) is a folder; pass a file path with --db"
        case .noDatabase(let file): "there is no database at \(file); check the path, or create one with `boxoffice new --db \(ShellWord.quoted(file))`"
        case .noFolder(let folder, let file):
            "the folder \(folder) does not exist, so no database was created at \(file); check the path or create the folder first"
        case .folderIsFile(let folder): "\(folder) is a file, not a folder; pick another path with --db"
        case .serverUnreachable(let database):
            "the database server at \(database) is unreachable or restarting; nothing was changed unless the answer said so. "
                + "This is retryable: try again in a moment"
        case .tooBusy(let detail): "the database was too busy to finish the change (\(detail)); nothing was changed. Try again"
        case .noSuchDatabase(let name): "there is no database \(name) on the server; create it with `createdb \(name)`"
        case .userRefused(let user, let detail): "the server refused user \(user) (\(detail)); check the user and password in --db"
        case .permissionDenied(let user, let database, let detail): "user \(user) may not do that in \(database) (\(detail))"
        case .serverDiskFull: "the disk of the database server is full; free some space and try again"
        case .noConnectionLeft(let detail): "the database server has no connection left (\(detail)); try again in a moment"
        case .serverError(let message, let state): "PostgreSQL: \(message) (\(state))"
        case .notSetUp(let database):
            "\(database) has no boxoffice database yet; create one with `boxoffice new --db \(ShellWord.quoted(database))`"
        case .otherProgramsTables(let database):
            "\(database) holds tables of another program, not a boxoffice database; pick another database with --db"
        case .otherProgramsDatabase(let database):
            "\(database) is a database of another program, not a boxoffice one; pick another database with --db"
        case .newerSchema(let database, let version, let known):
            "\(database) was written by a newer version of boxoffice (schema \(version), this build knows \(known)); "
                + "upgrade boxoffice or pick another database with --db"
        case .answerUnreadable: "the server's answer could not be read"
        case .lineExhausted: "the line has issued its last number; start a new database"
        case .waitingPlaceNotKept: "a waiting place could not be kept; try again"
        case .holdNotConfirmed(let reservation): "hold \(reservation) could not be confirmed; nothing was paid"
        case .answerWithoutReason(let status): "the server answered \(status) without saying why"
        case .said(let words): words
        }
    }
}
