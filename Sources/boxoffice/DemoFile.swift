import BookingEngine
import BoxOfficeUI
import Foundation

/// The demo's database file: joined when a demo runs on it, continued when one ran on it
/// before, replaced only when asked to (`--fresh`), and never while another process has it
/// open, since that process would go on alone with the deleted file.
enum DemoFile {
    /// What `--demo` does with the file.
    enum Plan: Equatable {
        /// No file yet: create it and run the crowd here.
        case start
        /// A file nobody has open: continue it and run the crowd here.
        case resume
        /// Another process runs a demo on it: open it too; its crowd goes on shopping.
        case join
    }

    /// The plan for `path`; with `fresh`, an unused file is removed first, and a used one refused.
    static func plan(path: String, fresh: Bool) throws(ExitMessage) -> Plan {
        guard FileManager.default.fileExists(atPath: path) else { return .start }
        let inUse = BookingEngine.isOpenInAnotherProcess(path: path) == true
        if inUse {
            guard !fresh else {
                throw ExitMessage(.demoInUse, path, code: "DEMO_IN_USE")
            }
            return .join
        }
        guard fresh else { return .resume }
        do {
            for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
                try FileManager.default.removeItem(atPath: file)
            }
        } catch {
            throw ExitMessage(.demoNotRemoved, path, error.localizedDescription, code: "DEMO_NOT_REMOVED")
        }
        return .start
    }
}
