import Foundation

/// The buyer keys this computer keeps: `$XDG_CONFIG_HOME/boxoffice/credentials`, else
/// `~/.config/boxoffice/credentials` (folder 0700, file 0600). One line per server:
/// the server's address, the buyer's name and the key, separated by tabs (names never
/// hold a tab).
public struct CredentialsFile: Sendable {
    public let path: String

    /// A buyer's key for one server.
    public struct Entry: Sendable, Equatable {
        public let server: String
        public let name: String
        public let key: String

        public init(server: String, name: String, key: String) {
            self.server = server
            self.name = name
            self.key = key
        }
    }

    public init(path: String) {
        self.path = path
    }

    /// The file under the XDG config directory of `environment`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> CredentialsFile {
        let base: String
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            base = config
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        }
        return CredentialsFile(path: base + "/boxoffice/credentials")
    }

    /// The entry kept for `server`, if any.
    public func entry(for server: String) -> Entry? {
        entries().first { $0.server == Self.normalised(server) }
    }

    /// Keeps `entry`, replacing the one of its server; the file is written whole, 0600.
    public func save(_ entry: Entry) throws {
        let kept = entries().filter { $0.server != Self.normalised(entry.server) }
            + [Entry(server: Self.normalised(entry.server), name: entry.name, key: entry.key)]
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let text = kept.map { "\($0.server)\t\($0.name)\t\($0.key)\n" }.joined()
        let temporary = path + ".new"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary])
        }
        guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }

    private func entries() -> [Entry] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return fields.count == 3 ? Entry(server: fields[0], name: fields[1], key: fields[2]) : nil
        }
    }

    /// The address without a trailing slash, so that both spellings find one entry.
    static func normalised(_ server: String) -> String {
        server.hasSuffix("/") ? String(server.dropLast()) : server
    }
}
