import BookingEngine

/// Where a section's seats are drawn for a terminal size: rows from the stage side down,
/// each centred, labelled on both sides, with a gap after every ten seats when there is
/// room; the rows scroll to keep the cursor in view. The single source of truth for the
/// renderer and the mouse hit-test.
struct SeatGridLayout: Sendable, Equatable {
    /// Seats between two gaps.
    static let seatsPerBlock = 10

    /// Columns per seat, its gap included: 1 or 2 draws a mark, 3 or more the seat's number.
    let cellWidth: Int
    /// Whether a column is left between blocks of ten seats.
    let blockGaps: Bool
    /// Columns of a row label.
    let labelWidth: Int
    /// Screen column where the longest row starts.
    let originX: Int
    /// Screen row of the stage line, and of the first row of seats shown.
    let stageY: Int
    let firstRowY: Int
    /// Rows of seats shown at once, and the first of them (0 is the row nearest the stage).
    let visibleRows: Int
    let topRow: Int
    /// Seats in the longest row.
    let widest: Int
    private let rows: [SectionRow]
    private let rowStarts: [Int]

    /// Lines of the screen's body below the rows: the scroll line, the legend, the seat under
    /// the cursor, the selection and the holds.
    static let linesBelow = 5

    /// The layout of `section` in the screen's `area` with the cursor on seat `cursor`.
    init(_ section: SectionSeats, area: Area, cursor: Int) {
        rows = section.rows
        rowStarts = section.rowStarts
        let longest = max(1, section.rows.map(\.seats).max() ?? 1)
        let labels = max(1, section.rows.map { TerminalColumns.width(of: $0.label) }.max() ?? 1)
        let chosen = Self.cells(longest: longest, room: max(1, area.width - 2 * (labels + 2)))
        widest = longest
        labelWidth = labels
        cellWidth = chosen.width
        blockGaps = chosen.gaps
        let gridWidth = longest * chosen.width + (chosen.gaps ? (longest - 1) / Self.seatsPerBlock : 0) - 1
        originX = area.x + max(labels + 2, (area.width - gridWidth) / 2)
        stageY = area.y + 1
        firstRowY = area.y + 2
        visibleRows = max(1, min(section.rows.count, area.height - 2 - Self.linesBelow))
        let cursorRow = section.states.isEmpty ? 0 : section.position(of: min(cursor, section.states.count - 1)).row
        topRow = min(max(0, cursorRow - visibleRows / 2), max(0, section.rows.count - visibleRows))
    }

    /// The widest cells (and gaps between blocks) that fit rows of `longest` seats in `room`
    /// columns; numbers need a cell wider than their digits.
    private static func cells(longest: Int, room: Int) -> (width: Int, gaps: Bool) {
        let blocks = (longest - 1) / seatsPerBlock
        let digits = String(longest).count
        let choices = [(4, true), (3, true), (2, true), (2, false), (1, true), (1, false)].filter { $0.0 < 3 || digits <= $0.0 - 1 }
        let chosen = choices.first { longest * $0.0 + ($0.1 ? blocks : 0) - 1 <= room } ?? (1, false)
        return (chosen.0, chosen.1)
    }

    /// Columns from the longest row's first seat to its last.
    var gridWidth: Int { widest * cellWidth + (blockGaps ? (widest - 1) / Self.seatsPerBlock : 0) - 1 }

    /// The first screen row below the rows shown.
    var bottomY: Int { firstRowY + visibleRows }

    /// Where seat `index` (in row order) is drawn, or nil when its row is scrolled out of view.
    func frame(ofSeat index: Int) -> (x: Int, y: Int)? {
        guard let row = rowStarts.lastIndex(where: { $0 <= index }), row >= topRow, row < topRow + visibleRows else { return nil }
        return (x: seatX(row: row, number: index - rowStarts[row] + 1), y: firstRowY + row - topRow)
    }

    /// The screen column of seat `number` (1-based) of row `row`: rows are centred on the
    /// longest, and the gaps fall after every tenth seat of the row, so seats can be counted.
    func seatX(row: Int, number: Int) -> Int {
        let seats = rows[row].seats
        let rowWidth = seats * cellWidth + (blockGaps ? (seats - 1) / Self.seatsPerBlock : 0) - 1
        return originX + (gridWidth - rowWidth) / 2 + (number - 1) * cellWidth + (blockGaps ? (number - 1) / Self.seatsPerBlock : 0)
    }

    /// The screen row of row `row`, when shown.
    func rowY(_ row: Int) -> Int? {
        row >= topRow && row < topRow + visibleRows ? firstRowY + row - topRow : nil
    }

    /// Columns a seat's mark takes (the cell without its gap).
    var seatWidth: Int { max(1, cellWidth - 1) }

    /// The seat drawn at screen cell (`x`, `y`), if any: the inverse of `frame(ofSeat:)`.
    func seat(atX x: Int, y: Int) -> Int? {
        let row = y - firstRowY + topRow
        guard y >= firstRowY, row < topRow + visibleRows, rows.indices.contains(row) else { return nil }
        for number in 1...max(1, rows[row].seats) {
            let left = seatX(row: row, number: number)
            if x >= left, x < left + seatWidth { return rowStarts[row] + number - 1 }
        }
        return nil
    }
}
