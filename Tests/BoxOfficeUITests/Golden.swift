import Foundation
import Testing
@testable import BoxOfficeUI

/// Compares rendered screens with text files in `__Goldens__`.
///
/// Run with `RECORD_GOLDENS=1` to write the current rendering as the new golden; a
/// missing golden fails the test (after writing it) so it gets looked at.
enum Golden {
    static let directory = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "__Goldens__")

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
    }

    /// The screen as text: one line per row, trailing spaces trimmed, with a ruler frame.
    static func text(of screen: Screen) -> String {
        let rule = "+" + String(repeating: "-", count: screen.width) + "+"
        let rows = screen.lines.map { line -> String in
            var trimmed = line
            while trimmed.hasSuffix(" ") { trimmed.removeLast() }
            return "|" + trimmed
        }
        return ([rule] + rows + [rule]).joined(separator: "\n") + "\n"
    }

    static func check(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appending(path: "\(name).txt")
        let actual = text(of: screen)
        let expected = try? String(contentsOf: file, encoding: .utf8)
        if isRecording || expected == nil {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            if !isRecording {
                Issue.record("Recorded missing golden \(name).txt; check it and run again", sourceLocation: sourceLocation)
            }
            return
        }
        #expect(actual == expected, "\(name).txt differs; RECORD_GOLDENS=1 re-records", sourceLocation: sourceLocation)
    }
}
