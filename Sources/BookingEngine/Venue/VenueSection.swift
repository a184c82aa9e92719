/// A section's id: one block of a venue (a floor block, a tier's block), shared by every
/// performance at that venue.
public struct SectionID: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
}

/// A box on a venue's drawing, in cells of the venue's grid: where a section or the stage
/// sits. The renderer scales cells to the terminal; the catalog places them.
public struct GridBox: Sendable, Equatable, Hashable, Codable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int = 1, height: Int = 1) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The first column right of the box.
    public var right: Int { x + width }
    /// The first row below the box.
    public var bottom: Int { y + height }
}

/// One row of a section: how it is labelled ("12", "AA") and how many seats it has,
/// numbered 1 to `seats` from the left as the audience faces the stage.
public struct SectionRow: Sendable, Equatable, Hashable {
    public let label: String
    public let seats: Int

    public init(label: String, seats: Int) {
        self.label = label
        self.seats = seats
    }
}

/// A section as the overview shows it: its name, grade and price, where it is drawn, and
/// its seats at one performance (all, and free at the moment read).
public struct SectionSummary: Sendable, Equatable, Identifiable {
    public let id: SectionID
    public let name: String
    public let grade: String
    public let price: Int64
    public let place: GridBox
    /// The section's rank in the venue's own order: 0 is the best section.
    public let order: Int
    public let rowCount: Int
    public let seatCount: Int
    /// Seats neither sold nor held at the moment read.
    public let freeSeats: Int

    public init(
        id: SectionID, name: String, grade: String, price: Int64, place: GridBox, order: Int, rowCount: Int,
        seatCount: Int, freeSeats: Int
    ) {
        self.id = id
        self.name = name
        self.grade = grade
        self.price = price
        self.place = place
        self.order = order
        self.rowCount = rowCount
        self.seatCount = seatCount
        self.freeSeats = freeSeats
    }
}
