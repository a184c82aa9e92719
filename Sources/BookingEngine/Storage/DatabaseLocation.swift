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

    /// Creates the folder (0700) and an empty file (0600) for `path` when they do not exist.
    /// Existing folders and files keep their permissions.
    static func prepare(path: String) throws(BookingError) {
        if path.isEmpty { throw .storageFailure("the database path is empty; pass a file path with --db") }
        let fileManager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if !folder.isEmpty, !fileManager.fileExists(atPath: folder, isDirectory: &isFolder) {
            do {
                try fileManager.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .storageFailure("cannot create the folder \(folder): \(error.localizedDescription)")
            }
        } else if !folder.isEmpty, !isFolder.boolValue {
            throw .storageFailure("\(folder) is a file, not a folder; pick another path with --db")
        }
        if fileManager.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw .storageFailure("\(path) is a folder; pass a file path with --db") }
            return
        }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
        } else if errno != EEXIST {
            throw .storageFailure("cannot create \(path): \(String(cString: strerror(errno)))")
        }
    }
}
