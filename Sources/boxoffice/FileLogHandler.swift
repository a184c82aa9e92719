import Foundation
import Logging
import Synchronization

/// Writes log lines to a file, never to the screen: the terminal belongs to the client.
///
/// Several boxoffice processes of one user share the file, so it is opened for appending and
/// each line goes out in one `write(2)`: the kernel puts every line whole at the end of the
/// file, whatever the other processes write meanwhile. A line is always one line: control
/// characters in a message (line breaks and escapes included) are written out as `\u{…}`.
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

    /// Sends every logger of the process to `path`, opened at the first line. When the file
    /// cannot be opened, logs are dropped rather than drawn over the screen. With
    /// `alsoToStandardError` (a server, which has no screen), lines go to stderr too.
    static func bootstrap(path: String, alsoToStandardError: Bool = false) {
        let sink = Sink(path: path)
        LoggingSystem.bootstrap { label in
            let file = FileLogHandler(sink: sink, label: label)
            return alsoToStandardError ? MultiplexLogHandler([file, StreamLogHandler.standardError(label: label)]) : file
        }
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
        let stamp = LogTimestamp.now()
        let extra = metadata.merging(event.metadata ?? [:]) { $1 }
        let fields = extra.isEmpty ? "" : " " + extra.map { "\($0)=\($1)" }.sorted().joined(separator: " ")
        let text = PrintableText.escaped("\(event.message)\(fields)", keepingLineBreaks: false)
        sink.write("\(stamp) \(event.level) \(label): \(text)\n")
    }

    /// The log file, opened once for appending (folder 0700, file 0600), shared by every handler.
    final class Sink: Sendable {
        private let path: String
        /// The descriptor once opened; -1 when it could not be.
        private let descriptor = Mutex<Int32?>(nil)

        init(path: String) {
            self.path = path
        }

        /// Appends `line` in one write.
        func write(_ line: String) {
            descriptor.withLock { descriptor in
                if descriptor == nil { descriptor = open() }
                guard let file = descriptor, file >= 0 else { return }
                let bytes = Array(line.utf8)
                var written = 0
                while written < bytes.count {
                    let result = bytes.withUnsafeBytes { Glibc.write(file, $0.baseAddress! + written, $0.count - written) }
                    if result < 0, errno == EINTR { continue }
                    guard result > 0 else { return }
                    written += result
                }
            }
        }

        private func open() -> Int32 {
            let folder = (path as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            return Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        }
    }
}
