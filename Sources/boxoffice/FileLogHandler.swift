import Foundation
import Logging
import Synchronization

/// Writes log lines to a file, never to the screen: the terminal belongs to the client.
struct FileLogHandler: LogHandler {
    private let sink: Sink
    private let label: String
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    /// The log file under the XDG state directory: `$XDG_STATE_HOME/boxoffice/boxoffice.log`,
    /// else `~/.local/state/boxoffice/boxoffice.log`.
    static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        }
        return base + "/boxoffice/boxoffice.log"
    }

    /// Sends every logger of the process to `path`. When the file cannot be opened, logs
    /// are dropped rather than drawn over the screen.
    static func bootstrap(path: String) {
        let sink = Sink(path: path)
        LoggingSystem.bootstrap { label in FileLogHandler(sink: sink, label: label) }
    }

    private init(sink: Sink, label: String) {
        self.sink = sink
        self.label = label
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let stamp = ISO8601DateFormatter().string(from: Date())
        let extra = metadata.merging(event.metadata ?? [:]) { $1 }
        let fields = extra.isEmpty ? "" : " " + extra.map { "\($0)=\($1)" }.sorted().joined(separator: " ")
        sink.write("\(stamp) \(event.level) \(label): \(event.message)\(fields)\n")
    }

    /// The open file, shared by every handler, written under a lock.
    final class Sink: Sendable {
        private let handle: Mutex<FileHandle?>

        init(path: String) {
            let folder = (path as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            if !FileManager.default.fileExists(atPath: path) {
                _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
            }
            let handle = FileHandle(forWritingAtPath: path)
            _ = try? handle?.seekToEnd()
            self.handle = Mutex(handle)
        }

        func write(_ line: String) {
            handle.withLock { try? $0?.write(contentsOf: Data(line.utf8)) }
        }
    }
}
