import BoxOfficeUI
import CNcursesw
import Glibc

extension Terminal {
    /// Shows `screen`: writes only the glyphs that changed since the last frame (everything after
    /// a resize), places or hides the cursor as `screen.cursor` says, then refreshes once.
    /// Cells beyond the terminal's size are clipped.
    public func draw(_ screen: Screen) {
        guard !isStopped else { return }
        if let previousFrame, previousFrame.width != screen.width || previousFrame.height != screen.height {
            self.previousFrame = nil
        }
        if previousFrame == nil {
            werase(window)
            clearok(window, true)
        }
        for glyph in ScreenDiff.changes(from: previousFrame, to: screen) {
            write(glyph)
        }
        previousFrame = screen
        placeCursor(screen.cursor)
        wrefresh(window)
    }

    private func write(_ glyph: Glyph) {
        let (width, height) = size
        guard glyph.y < height, glyph.x + glyph.columns <= width else { return }
        let scalars = Array(glyph.text.unicodeScalars.prefix(Int(CCHARW_MAX)))
        let cursesWidth = scalars.first.map { Int(boxoffice_wcwidth(wchar_t($0.value))) } ?? 0
        let (attributes, pair) = cursesStyle(for: glyph.role)
        if cursesWidth < 1 || cursesWidth > glyph.columns {
            put("?", x: glyph.x, y: glyph.y, attributes: attributes, pair: pair)
        } else {
            put(scalars, x: glyph.x, y: glyph.y, attributes: attributes, pair: pair)
        }
        for x in (glyph.x + max(cursesWidth, 1))..<(glyph.x + glyph.columns) {
            put(" ", x: x, y: glyph.y, attributes: attributes, pair: pair)
        }
    }

    private func put(_ text: String, x: Int, y: Int, attributes: attr_t, pair: Int16) {
        put(Array(text.unicodeScalars), x: x, y: y, attributes: attributes, pair: pair)
    }

    private func put(_ scalars: [Unicode.Scalar], x: Int, y: Int, attributes: attr_t, pair: Int16) {
        var characters = scalars.map { wchar_t($0.value) } + [0]
        var cell = cchar_t()
        setcchar(&cell, &characters, attributes, pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }

    private func placeCursor(_ cursor: (x: Int, y: Int)?) {
        let (width, height) = size
        if let cursor, (0..<width).contains(cursor.x), (0..<height).contains(cursor.y) {
            if cursorVisible != true { curs_set(1) }
            cursorVisible = true
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            if cursorVisible != false { curs_set(0) }
            cursorVisible = false
        }
    }
}
