import Foundation

/// How wide help and usage errors are wrapped: the terminal's columns when standard output
/// is one, else `COLUMNS`, else 80, as swift-argument-parser decides for English.
enum HelpWidth {
    static var current: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }
}
