import Foundation

/// Where the database lives by default, and making its folder and file private.
public enum DatabaseLocation {
    /// `$XDG_DATA_HOME/boxoffice/boxoffice.sqlite`, else `~/.local/share/boxoffice/boxoffice.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = home + "/.local/share"
        }
        return base + "/boxoffice/boxoffice.sqlite"
    }

    /// Makes sure a database file exists at `path` as `creation` allows: a new file is
    /// private to the user (0600), and so is a new folder (0700); existing ones keep their
    /// permissions. Returns whether the file was created now.
    @discardableResult
    static func prepare(path: String, creation: DatabaseCreation) throws(BookingError) -> Bool {
        if path.isEmpty { throw .storageFailure(.emptyPath) }
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw .storageFailure(.isFolder(file: path)) }
            return false
        }
        let folder = (path as NSString).deletingLastPathComponent
        switch creation {
        case .existingOnly:
            throw .storageFailure(.noDatabase(file: path))
        case .inExistingFolder where !folder.isEmpty && !fileManager.fileExists(atPath: folder, isDirectory: &isFolder):
            throw .storageFailure(.noFolder(folder: folder, file: path))
        case .inExistingFolder, .withFolders:
            break
        }
        if !folder.isEmpty, !fileManager.fileExists(atPath: folder, isDirectory: &isFolder) {
            do {
                try fileManager.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .storageFailure(.cannotCreateFolder(folder: folder, reason: error.localizedDescription))
            }
        } else if !folder.isEmpty, !isFolder.boolValue {
            throw .storageFailure(.folderIsFile(folder: folder))
        }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
            return true
        } else if errno != EEXIST {
            throw .storageFailure(.cannotCreate(file: path, reason: String(cString: strerror(errno))))
        }
        return false
    }
}

/// Whether opening a database may create it.
public enum DatabaseCreation: Sendable, Equatable {
    /// Only an existing database is opened (every command but the client and `new`).
    case existingOnly
    /// A missing file is created, in a folder that must exist already.
    case inExistingFolder
    /// A missing file is created, with any missing folders (the default location).
    case withFolders
}
