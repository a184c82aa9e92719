import BookingEngine

/// Where the overview draws a venue's stage and sections for a terminal size: the venue's
/// grid of cells scaled to the screen, the single source of truth for the renderer and the
/// mouse hit-test.
struct VenueDrawing {
    /// Columns and rows of the screen per cell of the venue's grid.
    let cellWidth: Int
    let cellHeight: Int
    /// The screen position of the grid's top-left cell.
    let originX: Int
    let originY: Int
    private let places: [GridBox]

    /// The widest and tallest a cell is drawn, so a small hall does not sprawl.
    static let maxCellWidth = 16
    static let maxCellHeight = 4

    /// Where the drawing goes in the screen's body: below the date line, above the legend,
    /// the section under the cursor and the holds line.
    static func drawingArea(in body: Area) -> Area {
        Area(x: body.x + 1, y: body.y + 1, width: max(0, body.width - 2), height: max(0, body.height - 4))
    }

    init(_ venue: VenueOverview, area: Area) {
        places = venue.sections.map(\.place)
        let boxes = places + (venue.stage.map { [$0] } ?? [])
        let columns = max(1, boxes.map(\.right).max() ?? 1)
        let rows = max(1, boxes.map(\.bottom).max() ?? 1)
        cellWidth = max(1, min(Self.maxCellWidth, area.width / columns))
        cellHeight = max(1, min(Self.maxCellHeight, area.height / rows))
        originX = area.x + (area.width - columns * cellWidth) / 2
        originY = area.y + (area.height - rows * cellHeight) / 2
    }

    /// The screen rectangle of a box: its cells less a column of space on the right, and a
    /// row below when cells are tall enough to spare one.
    func frame(of box: GridBox) -> Area {
        let gapBelow = cellHeight >= 3 ? 1 : 0
        return Area(
            x: originX + box.x * cellWidth, y: originY + box.y * cellHeight,
            width: max(1, box.width * cellWidth - 1), height: max(1, box.height * cellHeight - gapBelow))
    }

    /// The section (its index in the overview) drawn at screen cell (`x`, `y`), if any.
    func section(atX x: Int, y: Int) -> Int? {
        places.firstIndex { place in
            let frame = frame(of: place)
            return x >= frame.x && x < frame.right && y >= frame.y && y < frame.bottom
        }
    }
}
