import BookingEngine
import Foundation

/// Runs the real `boxoffice` executable in its own process, with private XDG folders.
struct CommandRunner {
    struct Result {
        let status: Int32
        let output: String
        let errors: String

        /// The standard output decoded as JSON.
        func decoded<T: Decodable>(_ type: T.Type) throws -> T {
            try JSONDecoder().decode(type, from: Data(output.utf8))
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    var binary: URL
    let home: URL

    /// A runner whose XDG data and state folders live under a fresh temporary folder.
    init() throws {
        binary = try Self.findBinary()
        home = FileManager.default.temporaryDirectory.appending(path: "boxoffice-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    /// A database path in this runner's folder.
    func database(_ name: String = "test.sqlite") -> String {
        home.appending(path: name).path
    }

    /// A new database made with `boxoffice new` (passing `options` on), in this runner's folder.
    func newDatabase(_ name: String = "test.sqlite", _ options: String...) throws -> String {
        let path = database(name)
        let result = try run(["new", "--db", path] + options)
        guard result.status == 0 else { throw Failure(description: "boxoffice new failed: \(result.errors)") }
        return path
    }

    /// The log file the commands of this runner write.
    var logFile: URL {
        home.appending(path: "state/boxoffice/boxoffice.log")
    }

    func run(_ arguments: String...) throws -> Result {
        try run(arguments)
    }

    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = home.appending(path: "data").path
        environment["XDG_STATE_HOME"] = home.appending(path: "state").path
        // English unless a test asks otherwise, whatever locale the tests run in.
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["LANG"] = "C.UTF-8"
        // The default database unless a test names one, whatever the shell exported.
        environment["BOXOFFICE_DB"] = nil
        environment.merge(extra) { $1 }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    /// The `boxoffice` executable built next to this test bundle.
    private static func findBinary() throws -> URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appending(path: "boxoffice")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        throw Failure(description: "no boxoffice executable near \(CommandLine.arguments[0]); build the package first")
    }
}
