import BookingEngine
import BoxOfficeUI
import Foundation

/// What `boxoffice status` reports: the engine's snapshot, the QA clock and the shared-file
/// warning. As JSON, the snapshot's fields with `database`, `qaMode`,
/// `qaClockOffsetMilliseconds` (0 outside QA mode) and `sharedFileWarning` (absent when none).
struct StatusReport: Encodable {
    let database: String
    let snapshot: EngineSnapshot
    /// How far a QA database's clock runs ahead of real time; nil outside QA mode.
    let qaClockOffset: Duration?
    let sharedFileWarning: String?

    private enum Keys: String, CodingKey {
        case database, qaMode, qaClockOffsetMilliseconds, sharedFileWarning
    }

    func encode(to encoder: any Encoder) throws {
        try snapshot.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(database, forKey: .database)
        try container.encode(qaClockOffset != nil, forKey: .qaMode)
        try container.encode(qaClockOffset.map { $0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000 } ?? 0,
                             forKey: .qaClockOffsetMilliseconds)
        try container.encodeIfPresent(sharedFileWarning, forKey: .sharedFileWarning)
    }

    /// The report for people: aligned columns, thousands separated, every text from the
    /// database escaped.
    func text() -> String {
        let clock = TimeText.dateTime(snapshot.now)
        let mode = qaClockOffset.map { $0 > .zero ? say(.statusQAMoved, TimeText.span($0)) : say(.statusQANotMoved) }
            ?? say(.statusRealTime)
        var lines = [
            say(.statusTitle, PrintableText.escaped(database)),
            say(.statusClock, clock, mode),
            say(.statusLine, grouped(snapshot.waiting), grouped(snapshot.active), grouped(snapshot.capacity),
                CountText.of(snapshot.liveHolds, .countSeatOne, .countSeatMany)),
            say(.statusBuyers, grouped(snapshot.buyers), PointsText.grouped(snapshot.pointsHeld)),
        ]
        if let sharedFileWarning { lines.append(say(.statusWarning, PrintableText.escaped(sharedFileWarning))) }
        lines.append("")
        guard !snapshot.dates.isEmpty else {
            lines.append(say(.statusNoPerformances))
            return lines.joined(separator: "\n")
        }
        lines.append(say(.statusPerformances))
        let rows = snapshot.dates.map { date in
            ["#\(date.dateID)", TimeText.dateTime(date.startsAt),
             grouped(date.free), grouped(date.held), grouped(date.sold), grouped(date.seats)]
        }
        let titles = say(.statusColumns).split(separator: "|").map(String.init)
        let header = Array(titles.prefix(6))
        let widths = header.indices.map { column in ([header] + rows).map { TerminalColumns.width(of: $0[column]) }.max() ?? 0 }
        func line(_ cells: [String], _ last: String) -> String {
            let padded = cells.enumerated().map { column, cell in
                let room = String(repeating: " ", count: widths[column] - TerminalColumns.width(of: cell))
                return column < 2 ? cell + room : room + cell
            }
            return "  " + padded.joined(separator: "  ") + "  " + last
        }
        lines.append(line(header, titles.last ?? ""))
        for (date, row) in zip(snapshot.dates, rows) {
            lines.append(line(row, PrintableText.escaped(date.concertTitle)))
        }
        return lines.joined(separator: "\n")
    }

    private func grouped(_ value: Int) -> String {
        PointsText.grouped(Int64(value))
    }
}
