@testable import BoxOfficeTerminal
import BoxOfficeUI
import CNcursesw
import Glibc

/// A real ncurses terminal that writes to /dev/null and reads keys the test types into a pipe,
/// with helpers to read back what ncurses holds.
final class HeadlessTerminal {
    let terminal: Terminal
    private var keyboardFD: Int32

    init(width: Int = 40, height: Int = 6, color: Bool = true, guardsSignals: Bool = false) throws {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { throw TerminalError.cannotCreateWakeUpPipe(errno: errno) }
        keyboardFD = descriptors[1]
        terminal = try Terminal(
            inputFD: descriptors[0], outputFD: open("/dev/null", O_WRONLY), terminalType: "xterm-256color",
            noColorFlag: !color, environment: [:], guardsSignals: guardsSignals, size: (width, height))
    }

    /// Sends bytes as if typed at the keyboard.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { write(keyboardFD, $0.baseAddress, $0.count) }
    }

    /// Closes the keyboard side, as when the terminal goes away.
    func hangUp() {
        close(keyboardFD)
        keyboardFD = -1
    }

    /// Row `y` as ncurses holds it (wide characters once, no continuation cells).
    func row(_ y: Int) -> String {
        var buffer = [wchar_t](repeating: 0, count: 512)
        let count = boxoffice_mvwinnwstr(terminal.window, Int32(y), 0, &buffer, Int32(buffer.count - 1))
        guard count != ERR else { return "" }
        return String(String.UnicodeScalarView(buffer.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32($0)) }))
    }

    /// The text, attributes and colour pair of the cell at (x, y) as ncurses holds it.
    func cell(x: Int, y: Int) -> (text: String, attributes: attr_t, pair: Int16) {
        var cell = cchar_t()
        mvwin_wch(terminal.window, Int32(y), Int32(x), &cell)
        var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&cell, &characters, &attributes, &pair, nil)
        let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32($0)) }
        return (String(String.UnicodeScalarView(scalars)), attributes, pair)
    }

    /// The attribute bits that matter for styling, without the colour-pair and character bits.
    static func styleBits(_ attributes: attr_t) -> attr_t {
        attributes & (boxoffice_a_bold() | boxoffice_a_dim() | boxoffice_a_underline() | boxoffice_a_reverse())
    }

    deinit {
        terminal.stop()
        if keyboardFD >= 0 { close(keyboardFD) }
    }
}
