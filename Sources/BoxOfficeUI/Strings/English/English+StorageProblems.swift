extension StorageProblemKey {
    /// The English template: the engine's own phrase (`StorageProblem.english`).
    public var english: String {
        switch self {
        case .busy: "another boxoffice kept {0} busy for over {1} seconds; try again"
        case .readOnly: "{0} is read-only; check its permissions or pick another file with --db"
        case .readOnlyFolder: "{0} or its folder is read-only; check the permissions and the filesystem, or pick another file with --db"
        case .diskFull: "the disk holding {0} is full; free some space and try again"
        case .cannotOpen: "{0} cannot be opened; check that its folder exists and is writable"
        case .cannotOpenBecause: "{0} cannot be opened: {1}"
        case .cannotLock: "{0} cannot be locked for opening: {1}"
        case .cannotCreate: "cannot create {0}: {1}"
        case .cannotCreateFolder: "cannot create the folder {0}: {1}"
        case .unreadable: "{0} cannot be read; check its permissions"
        case .ioFailed: "reading or writing {0} failed ({1}); check the disk"
        case .refusedBySafetyRule: "a safety rule of the database refused the change ({0}); nothing was changed"
        case .oldDevelopmentDatabase:
            "{0} was made by a development version of boxoffice from before its schema was frozen, and cannot be used; "
                + "move it aside and start a new database there, or pick another file with --db"
        case .notBoxOfficeOrDamaged: "{0} is not a boxoffice database or is damaged; pick another file with --db"
        case .otherProgram: "{0} is a SQLite database of another program, not a boxoffice one; pick another file with --db"
        case .otherProgramUntouched:
            "{0} is a SQLite database of another program, not a boxoffice one; it was left untouched. Pick another file with --db"
        case .notSQLite: "{0} is not a boxoffice database (not even SQLite); it was left untouched. Pick another file with --db"
        case .newerVersion: "{0} was written by a newer version of boxoffice; upgrade boxoffice or pick another file with --db"
        case .emptyPath: "the database path is empty; pass a file path with --db"
        case .isFolder: "{0} is a folder; pass a file path with --db"
        case .noDatabase: "there is no database at {0}; check the path, or create one with `boxoffice new --db {1}`"
        case .noFolder: "the folder {0} does not exist, so no database was created at {1}; check the path or create the folder first"
        case .folderIsFile: "{0} is a file, not a folder; pick another path with --db"
        case .serverUnreachable:
            "the database server at {0} is unreachable or restarting; nothing was changed unless the answer said so. "
                + "This is retryable: try again in a moment"
        case .tooBusy: "the database was too busy to finish the change ({0}); nothing was changed. Try again"
        case .noSuchDatabase: "there is no database {0} on the server; create it with `createdb {0}`"
        case .userRefused: "the server refused user {0} ({1}); check the user and password in --db"
        case .permissionDenied: "user {0} may not do that in {1} ({2})"
        case .serverDiskFull: "the disk of the database server is full; free some space and try again"
        case .noConnectionLeft: "the database server has no connection left ({0}); try again in a moment"
        case .serverError: "PostgreSQL: {0} ({1})"
        case .notSetUp: "{0} has no boxoffice database yet; create one with `boxoffice new --db {1}`"
        case .otherProgramsTables: "{0} holds tables of another program, not a boxoffice database; pick another database with --db"
        case .otherProgramsDatabase: "{0} is a database of another program, not a boxoffice one; pick another database with --db"
        case .newerSchema:
            "{0} was written by a newer version of boxoffice (schema {1}, this build knows {2}); "
                + "upgrade boxoffice or pick another database with --db"
        case .answerUnreadable: "the server's answer could not be read"
        case .lineExhausted: "the line has issued its last number; start a new database"
        case .waitingPlaceNotKept: "a waiting place could not be kept; try again"
        case .holdNotConfirmed: "hold {0} could not be confirmed; nothing was paid"
        case .answerWithoutReason: "the server answered {0} without saying why"
        case .said: "The booking database cannot be used: {0}."
        }
    }
}
