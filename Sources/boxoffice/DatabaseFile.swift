import BookingEngine
import BoxOfficeUI
import Foundation

/// The rules for the file behind `--db`, checked before SQLite touches it.
///
/// Commands that read or change a booking database open existing files only, so a
/// mistyped path is reported instead of quietly becoming an empty new database. Where a new
/// file may be made, it is made only in a folder that exists (the default folder aside, which
/// is created), so a typo in a folder name is reported too. A file this user may not write is
/// refused before SQLite opens it: opening it would leave `-wal` and `-shm` files owned by
/// this user beside it, which lock its owner out.
enum DatabaseFile {
    /// What opening `path` will do.
    enum Opening: Equatable {
        /// The file exists and may be used.
        case existing
        /// The file does not exist and will be created.
        case new
    }

    /// `path` when it names an existing database this user may read and write.
    static func requireExisting(_ path: String) throws(ExitMessage) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ExitMessage(.noDatabase, path, ShellWord.quoted(path), code: "NO_DATABASE")
        }
        try requireUsable(path)
    }

    /// Whether `path` exists or may be created; refuses a new file in a missing folder other
    /// than the default one.
    static func prepareOpening(_ path: String) throws(ExitMessage) -> Opening {
        if FileManager.default.fileExists(atPath: path) {
            try requireUsable(path)
            return .existing
        }
        let folder = (path as NSString).deletingLastPathComponent
        let defaultFolder = (DatabaseLocation.defaultPath() as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if !folder.isEmpty, folder != defaultFolder,
            !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue
        {
            throw ExitMessage(.noFolder, folder, path, code: "NO_FOLDER")
        }
        return .new
    }

    /// Refuses a file this user may not read and write, naming why.
    private static func requireUsable(_ path: String) throws(ExitMessage) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw ExitMessage(.notAFile, path, code: "NOT_A_FILE")
        }
        guard access(path, R_OK | W_OK) != 0 else { return }
        let reason = errno
        if reason == EROFS {
            throw ExitMessage(.readOnlyFileSystem, path, code: "READ_ONLY")
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw ExitMessage(.readOnlyForYou, path, code: "READ_ONLY") }
        throw ExitMessage(.readOnlyOwner, path, info.st_uid, getuid(), code: "READ_ONLY")
    }
}
