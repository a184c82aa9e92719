import BookingEngine

/// Why the booking database cannot be used (`StorageProblem`), worded in the reader's
/// language: a phrase per problem completing `ErrorKey.storageFailure`, and for words from
/// elsewhere (`said`) a whole sentence that quotes them.
public enum StorageProblemKey: String, CatalogKey {
    case busy, readOnly, readOnlyFolder, diskFull, cannotOpen, cannotOpenBecause, cannotLock, cannotCreate, cannotCreateFolder
    case unreadable, ioFailed, refusedBySafetyRule, oldDevelopmentDatabase, notBoxOfficeOrDamaged, otherProgram
    case otherProgramUntouched, notSQLite, newerVersion, emptyPath, isFolder, noDatabase, noFolder, folderIsFile
    // A PostgreSQL server or database
    case serverUnreachable, tooBusy, noSuchDatabase, userRefused, permissionDenied, serverDiskFull, noConnectionLeft, serverError
    case notSetUp, otherProgramsTables, otherProgramsDatabase, newerSchema
    // The engine's own rare states
    case lineExhausted, waitingPlaceNotKept, holdNotConfirmed
    // A boxoffice server's answer
    case answerUnreadable, answerWithoutReason
    case said
}

extension Language {
    /// The sentence for a database that cannot be used, in this language.
    func sentence(for problem: StorageProblem) -> String {
        if case .said(let words) = problem { return text(StorageProblemKey.said, words) }
        return text(ErrorKey.storageFailure, phrase(for: problem))
    }

    /// Why the database cannot be used, as the phrase that completes `ErrorKey.storageFailure`.
    private func phrase(for problem: StorageProblem) -> String {
        typealias Key = StorageProblemKey
        return switch problem {
        case .busy(let file, let seconds): text(Key.busy, file, seconds)
        case .readOnly(let file): text(Key.readOnly, file)
        case .readOnlyFolder(let file): text(Key.readOnlyFolder, file)
        case .diskFull(let file): text(Key.diskFull, file)
        case .cannotOpen(let file): text(Key.cannotOpen, file)
        case .cannotOpenBecause(let file, let reason): text(Key.cannotOpenBecause, file, reason)
        case .cannotLock(let file, let reason): text(Key.cannotLock, file, reason)
        case .cannotCreate(let file, let reason): text(Key.cannotCreate, file, reason)
        case .cannotCreateFolder(let folder, let reason): text(Key.cannotCreateFolder, folder, reason)
        case .unreadable(let file): text(Key.unreadable, file)
        case .ioFailed(let file, let detail): text(Key.ioFailed, file, detail)
        case .refusedBySafetyRule(let rule): text(Key.refusedBySafetyRule, rule)
        case .oldDevelopmentDatabase(let file): text(Key.oldDevelopmentDatabase, file)
        case .notBoxOfficeOrDamaged(let file): text(Key.notBoxOfficeOrDamaged, file)
        case .otherProgram(let file): text(Key.otherProgram, file)
        case .otherProgramUntouched(let file): text(Key.otherProgramUntouched, file)
        case .notSQLite(let file): text(Key.notSQLite, file)
        case .newerVersion(let file): text(Key.newerVersion, file)
        case .emptyPath: text(Key.emptyPath)
        case .isFolder(let file): text(Key.isFolder, file)
        case .noDatabase(let file): text(Key.noDatabase, file, ShellWord.quoted(file))
        case .noFolder(let folder, let file): text(Key.noFolder, folder, file)
        case .folderIsFile(let folder): text(Key.folderIsFile, folder)
        case .serverUnreachable(let database): text(Key.serverUnreachable, database)
        case .tooBusy(let detail): text(Key.tooBusy, detail)
        case .noSuchDatabase(let name): text(Key.noSuchDatabase, name)
        case .userRefused(let user, let detail): text(Key.userRefused, user, detail)
        case .permissionDenied(let user, let database, let detail): text(Key.permissionDenied, user, database, detail)
        case .serverDiskFull: text(Key.serverDiskFull)
        case .noConnectionLeft(let detail): text(Key.noConnectionLeft, detail)
        case .serverError(let message, let state): text(Key.serverError, message, state)
        case .notSetUp(let database): text(Key.notSetUp, database, ShellWord.quoted(database))
        case .otherProgramsTables(let database): text(Key.otherProgramsTables, database)
        case .otherProgramsDatabase(let database): text(Key.otherProgramsDatabase, database)
        case .newerSchema(let database, let version, let known): text(Key.newerSchema, database, version, known)
        case .answerUnreadable: text(Key.answerUnreadable)
        case .lineExhausted: text(Key.lineExhausted)
        case .waitingPlaceNotKept: text(Key.waitingPlaceNotKept)
        case .holdNotConfirmed(let reservation): text(Key.holdNotConfirmed, reservation)
        case .answerWithoutReason(let status): text(Key.answerWithoutReason, status)
        case .said(let words): words
        }
    }
}
