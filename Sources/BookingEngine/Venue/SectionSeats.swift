/// One section of one performance, seat by seat: its rows, and each seat's state as the
/// asking buyer sees it. A section's seats have consecutive ids in row order (the store
/// keeps them so), which is how a seat is found from its row and number.
public struct SectionSeats: Sendable, Equatable {
    public let date: DateID
    public let section: SectionSummary
    /// Rows from the front (nearest the stage) to the back.
    public let rows: [SectionRow]
    /// The id of seat 1 of the first row; the others follow in row order.
    public let firstSeat: SeatID
    /// Every seat's state, in row order, seat 1 first.
    public let states: [SeatState]
    /// The engine time at which the seats were read.
    public let checkedAt: Timestamp
    /// Where each row starts in `states`.
    public let rowStarts: [Int]

    public init(date: DateID, section: SectionSummary, rows: [SectionRow], firstSeat: SeatID, states: [SeatState], checkedAt: Timestamp) {
        self.date = date
        self.section = section
        self.rows = rows
        self.firstSeat = firstSeat
        self.states = states
        self.checkedAt = checkedAt
        var starts: [Int] = []
        var next = 0
        for row in rows {
            starts.append(next)
            next += row.seats
        }
        rowStarts = starts
    }

    /// The index in `states` of seat `number` (1-based) of row `row` (0-based), if it exists.
    public func index(row: Int, number: Int) -> Int? {
        guard rows.indices.contains(row), number >= 1, number <= rows[row].seats else { return nil }
        return rowStarts[row] + number - 1
    }

    /// The id of the seat at `index` in `states`.
    public func seatID(at index: Int) -> SeatID {
        SeatID(firstSeat.rawValue + Int64(index))
    }

    /// The row (0-based) and seat number (1-based) of the seat at `index` in `states`.
    public func position(of index: Int) -> (row: Int, number: Int) {
        var low = 0
        var high = rowStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if rowStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return (low, index - rowStarts[low] + 1)
    }

    /// How a seat of this section is named: "F2 · row 12 · seat 7".
    public func place(of index: Int) -> String {
        let (row, number) = position(of: index)
        return SeatPlace.text(section: section.name, row: rows[row].label, seat: number)
    }
}

/// How a seat is named everywhere (screens, API labels, receipts): "F2 · row 12 · seat 7".
public enum SeatPlace {
    public static func text(section: String, row: String, seat: Int) -> String {
        "\(section) · row \(row) · seat \(seat)"
    }
}
