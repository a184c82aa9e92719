import Foundation

/// Files shipped in `assets/`, in the resource bundle SwiftPM puts beside the executable.
///
/// Looked up by hand rather than through `Bundle.module`, whose accessor stops the process
/// when the bundle is missing (a binary copied without it): a missing file is nil here, and
/// the caller says so.
public enum BoxOfficeAssets {
    /// The bundle's folder name, as SwiftPM names it (package, then target).
    static let bundleName = "boxoffice_BoxOfficeAssets.resources"

    /// The demo catalog a fresh database is filled with, or nil when it is not installed.
    public static var demoCatalog: URL? {
        folders.lazy.map { $0.appending(path: bundleName).appending(path: "demo-catalog.yaml") }
            .first { FileManager.default.isReadableFile(atPath: $0.path) }
    }

    /// Where the bundle may be: beside the running executable (symbolic links followed),
    /// and in the main bundle's resources.
    private static var folders: [URL] {
        var found: [URL] = []
        if let executable = Bundle.main.executableURL {
            found.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        if let resources = Bundle.main.resourceURL { found.append(resources) }
        return found
    }
}
