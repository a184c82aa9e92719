import BoxOfficeUI

/// One thing to write at a cell: a grapheme one or two columns wide, in a role.
struct Glyph: Equatable {
    var x: Int
    var y: Int
    var text: String
    var role: StyleRole
    var columns: Int
}

/// Which glyphs of a frame must be written, given the frame already on the terminal.
enum ScreenDiff {
    /// The glyphs of `screen` that differ from `previous`; all of them when there is no previous
    /// frame or its size differs.
    static func changes(from previous: Screen?, to screen: Screen) -> [Glyph] {
        guard let previous, previous.width == screen.width, previous.height == screen.height else {
            return (0..<screen.height).flatMap { glyphs(inRow: $0, of: screen) }
        }
        return (0..<screen.height).flatMap { row -> [Glyph] in
            var before = [Glyph?](repeating: nil, count: screen.width)
            for glyph in glyphs(inRow: row, of: previous) { before[glyph.x] = glyph }
            return glyphs(inRow: row, of: screen).filter { before[$0.x] != $0 }
        }
    }

    /// The glyphs of one row, left to right: a wide character and its continuation cell form one
    /// glyph; a wide character without its continuation, a stray continuation or a zero-width
    /// text is drawn as a blank so nothing can shift the rest of the row.
    static func glyphs(inRow y: Int, of screen: Screen) -> [Glyph] {
        var result: [Glyph] = []
        var x = 0
        while x < screen.width {
            let cell = screen[x, y]
            let width = cell.isContinuation ? 0 : TerminalColumns.width(of: cell.text)
            let hasContinuation = x + 1 < screen.width && screen[x + 1, y].isContinuation
            if width == 2 && hasContinuation {
                result.append(Glyph(x: x, y: y, text: cell.text, role: cell.role, columns: 2))
                x += 2
            } else {
                let text = width == 1 ? cell.text : " "
                result.append(Glyph(x: x, y: y, text: text, role: cell.role, columns: 1))
                x += 1
            }
        }
        return result
    }
}
