/// One terminal cell: the grapheme shown there and what it means.
///
/// A wide character occupies its cell and the next; the next cell is a
/// `continuation` with empty text, which the terminal skips when drawing.
public struct Cell: Sendable, Equatable {
    public var text: String
    public var role: StyleRole
    public var isContinuation: Bool

    public init(text: String, role: StyleRole = .normal, isContinuation: Bool = false) {
        self.text = text
        self.role = role
        self.isContinuation = isContinuation
    }

    public static let blank = Cell(text: " ")
}

/// A grid of cells the size of the terminal: what rendering produces and the terminal draws.
public struct Screen: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should rest, if it should be visible (a text field).
    public var cursor: (x: Int, y: Int)? {
        get { cursorPosition.map { ($0.x, $0.y) } }
        set { cursorPosition = newValue.map { CursorPosition(x: $0.x, y: $0.y) } }
    }
    private var cursorPosition: CursorPosition?

    private struct CursorPosition: Sendable, Equatable {
        var x: Int
        var y: Int
    }

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` at column `x` of row `y`, clipped to `maxColumns` and to the screen edge.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, role: StyleRole = .normal, maxColumns: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxColumns ?? width, width - max(x, 0))
        var column = x
        for character in text {
            let w = TerminalColumns.width(of: character)
            if w == 0 { continue }
            if column + w > x + limit { break }
            if column >= 0 {
                detachWideCharacters(fromX: column, toX: column + w, y: y)
                self[column, y] = Cell(text: String(character), role: role)
                if w == 2 { self[column + 1, y] = Cell(text: "", role: role, isContinuation: true) }
            }
            column += w
        }
        return column - x
    }

    /// Paints `role` over a run of cells without changing their text.
    public mutating func paint(role: StyleRole, x: Int, y: Int, columns: Int) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + columns) {
            self[column, y].role = role
        }
    }

    /// Blanks the halves of wide characters that straddle the edges of columns
    /// `fromX..<toX` of row `y`, so that overwriting part of one never leaves half of it.
    private mutating func detachWideCharacters(fromX: Int, toX: Int, y: Int) {
        if fromX > 0, fromX < width, self[fromX, y].isContinuation {
            self[fromX - 1, y] = Cell(text: " ", role: self[fromX - 1, y].role)
        }
        if toX < width, self[toX, y].isContinuation {
            self[toX, y] = Cell(text: " ", role: self[toX, y].role)
        }
    }

    /// Fills a rectangle with blank cells in `role`.
    public mutating func clear(x: Int, y: Int, width w: Int, height h: Int, role: StyleRole = .normal) {
        for row in max(0, y)..<min(height, y + h) {
            detachWideCharacters(fromX: max(0, x), toX: min(width, x + w), y: row)
            for column in max(0, x)..<min(width, x + w) {
                self[column, row] = Cell(text: " ", role: role)
            }
        }
    }

    /// The screen as plain text lines, trailing spaces kept: what a person would read.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width where !self[column, row].isContinuation {
                line += self[column, row].text
            }
            return line
        }
    }

    public static func == (lhs: Screen, rhs: Screen) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursorPosition == rhs.cursorPosition
    }
}
