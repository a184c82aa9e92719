/// A rectangle of the screen handed to one part of the renderer.
struct Area: Sendable, Equatable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    var bottom: Int { y + height }
    var right: Int { x + width }
}

extension Screen {
    /// Fills row `y` with blanks in `role`.
    mutating func fillRow(_ y: Int, role: StyleRole) {
        clear(x: 0, y: y, width: width, height: 1, role: role)
    }

    /// Writes `text` so that it ends at column `right` (exclusive). Returns its left column.
    @discardableResult
    mutating func putRight(_ text: String, right: Int, y: Int, role: StyleRole = .normal) -> Int {
        let x = right - TerminalColumns.width(of: text)
        put(text, x: x, y: y, role: role)
        return x
    }

    /// Writes `text` centred in `area`'s width on row `y`, cut to fit.
    mutating func putCentered(_ text: String, in area: Area, y: Int, role: StyleRole = .normal) {
        let cut = TerminalColumns.truncate(text, to: area.width)
        let x = area.x + (area.width - TerminalColumns.width(of: cut)) / 2
        put(cut, x: x, y: y, role: role)
    }

    /// Writes `text` cut with "…" to `columns`. Returns the columns written.
    @discardableResult
    mutating func putFitting(_ text: String, x: Int, y: Int, columns: Int, role: StyleRole = .normal) -> Int {
        put(TerminalColumns.truncate(text, to: columns), x: x, y: y, role: role)
    }

    /// Writes label/value pairs as an aligned two-column table starting at row `y`.
    mutating func putTable(_ rows: [(String, String, StyleRole)], x: Int, y: Int, labelColumns: Int, width w: Int) {
        for (offset, row) in rows.enumerated() {
            put(TerminalColumns.pad(row.0, to: labelColumns), x: x, y: y + offset, role: .dim)
            putFitting(row.1, x: x + labelColumns, y: y + offset, columns: w - labelColumns, role: row.2)
        }
    }

    /// Draws a section heading as a rule across `width` columns: `─ Seats ─────`.
    mutating func rule(_ title: String, x: Int, y: Int, width w: Int) {
        put(String(repeating: "─", count: max(0, w)), x: x, y: y, role: .border)
        put(" " + TerminalColumns.truncate(title, to: max(0, w - 4)) + " ", x: x + 1, y: y, role: .emphasis)
    }

    /// Draws a box border around `area` in `role`, with an optional title on the top edge.
    mutating func box(_ area: Area, title: String? = nil, role: StyleRole = .border) {
        guard area.width >= 2, area.height >= 2 else { return }
        let inner = area.width - 2
        put("┌" + String(repeating: "─", count: inner) + "┐", x: area.x, y: area.y, role: role)
        for row in (area.y + 1)..<(area.bottom - 1) {
            put("│", x: area.x, y: row, role: role)
            put("│", x: area.right - 1, y: row, role: role)
        }
        put("└" + String(repeating: "─", count: inner) + "┘", x: area.x, y: area.bottom - 1, role: role)
        if let title {
            put(" " + TerminalColumns.truncate(title, to: inner - 4) + " ", x: area.x + 2, y: area.y, role: .emphasis)
        }
    }
}
