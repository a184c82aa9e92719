/// Where every seat of the hall is drawn for a terminal size: the single source of truth
/// for both the renderer and the mouse hit-test.
public struct SeatGridLayout: Sendable, Equatable {
    /// Seats per row of the hall.
    public static let seatsPerRow = 10
    /// Extra columns between seats 5 and 6 of a row: the aisle.
    public static let aisle = 2

    /// Columns per seat, the gap after it included.
    public let cellWidth: Int
    /// Rows of the screen per row of seats.
    public let rowSpacing: Int
    /// Screen row of the stage.
    public let stageY: Int
    /// Screen column of the first seat of each row.
    public let originX: Int
    /// Screen row of the first row of seats.
    public let originY: Int
    /// Rows of seats.
    public let rowCount: Int
    /// Seats in the hall.
    public let seatCount: Int

    /// The layout for a screen of `width`×`height` showing `seatCount` seats.
    public init(width: Int, height: Int, seatCount: Int) {
        self.seatCount = seatCount
        cellWidth = width >= 110 ? 7 : 5
        rowSpacing = height >= 24 ? 2 : 1
        stageY = height >= 34 ? 5 : 3
        rowCount = (seatCount + Self.seatsPerRow - 1) / Self.seatsPerRow
        originY = stageY + 2
        originX = max(3, (width - Self.gridWidth(cellWidth: cellWidth)) / 2)
    }

    /// Columns from the first seat's left edge to the last seat's right edge.
    public var gridWidth: Int { Self.gridWidth(cellWidth: cellWidth) }

    private static func gridWidth(cellWidth: Int) -> Int {
        seatsPerRow * cellWidth + aisle - 1
    }

    /// Columns a seat's text takes (the cell without its gap).
    public var seatWidth: Int { cellWidth - 1 }

    /// The first screen row below the seats.
    public var bottomY: Int { originY + (rowCount - 1) * rowSpacing + 1 }

    /// Where seat `number` (1-based) is drawn.
    public func frame(ofSeat number: Int) -> (x: Int, y: Int) {
        let index = number - 1
        let row = index / Self.seatsPerRow
        let column = index % Self.seatsPerRow
        let aisleShift = column >= Self.seatsPerRow / 2 ? Self.aisle : 0
        return (originX + column * cellWidth + aisleShift, originY + row * rowSpacing)
    }

    /// The seat drawn at screen cell (`x`, `y`), if any: the inverse of `frame(ofSeat:)`.
    public func seat(atX x: Int, y: Int) -> Int? {
        guard y >= originY, (y - originY) % rowSpacing == 0 else { return nil }
        let row = (y - originY) / rowSpacing
        guard row < rowCount else { return nil }
        for column in 0..<Self.seatsPerRow {
            let number = row * Self.seatsPerRow + column + 1
            guard number <= seatCount else { return nil }
            let left = frame(ofSeat: number).x
            if x >= left, x < left + seatWidth { return number }
        }
        return nil
    }

    /// The row letter of seat `number`: A for seats 1–10, B for 11–20, …
    public static func rowName(ofSeat number: Int) -> String {
        rowName(index: (number - 1) / seatsPerRow)
    }

    /// The letter of row `index` (0 is A).
    public static func rowName(index: Int) -> String {
        String(UnicodeScalar(UInt8(65 + index % 26)))
    }
}
