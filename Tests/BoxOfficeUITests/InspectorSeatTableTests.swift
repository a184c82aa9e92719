import BookingEngine
import Testing
@testable import BoxOfficeUI

/// The inspector's seat table keeps each figure under its heading, five-digit counts of a
/// stadium night included.
@Suite("Inspector panel: seat table")
struct InspectorSeatTableTests {
    /// How far from the end of `line` each of its last `count` runs of digits ends.
    static func figureEnds(_ line: String, count: Int) -> [Int] {
        var ends: [Int] = []
        var inFigure = false
        for (offset, character) in line.reversed().enumerated() {
            if character.isNumber, !inFigure { ends.insert(offset, at: 0) }
            inFigure = character.isNumber
            if ends.count == count, !inFigure { break }
        }
        return Array(ends.suffix(count))
    }

    @Test(arguments: [(80, 24), (120, 40)]) func figuresEndWhereTheirHeadingsEnd(width: Int, height: Int) throws {
        let state = InspectorFixture.open(width: width, height: height)
        let lines = render(state, width: width, height: height).lines
        let headerRow = try #require(lines.firstIndex { $0.contains("Sold") && $0.contains("Free") })
        let header = lines[headerRow]
        let headings = ["Sold", "Held", "Free"].map { word in
            header.distance(from: header.range(of: word)!.upperBound, to: header.endIndex)
        }
        let dates = InspectorFixture.dates()
        #expect(dates.contains { $0.sold >= 10_000 } && dates.contains { $0.free >= 10_000 })
        for row in lines[(headerRow + 1)...(headerRow + dates.count)] {
            #expect(Self.figureEnds(row, count: 3) == headings, "\(row)")
        }
    }

    /// A buyer still in line has no concert list to learn the venues' zones from: each date
    /// carries its own, so its time shows in the venue's zone with the zone's abbreviation.
    @Test func datesShowTheirVenuesTimeBeforeTheConcertListIsRead() {
        Fixture.$buyerZone.withValue("Europe/London") {
            var state = Fixture.started()
            _ = reduce(&state, .input(.key(.character("i"))))
            let report = InspectorFixture.report()
            let dates = report.snapshot.dates.map {
                EngineSnapshot.DateFigures(
                    concertTitle: $0.concertTitle, dateID: $0.dateID, startsAt: $0.startsAt, seats: $0.seats, sold: $0.sold,
                    held: $0.held, timeZone: "Asia/Seoul")
            }
            let snapshot = EngineSnapshot(
                now: report.snapshot.now, waiting: 12, active: 28, capacity: 30, liveHolds: 6, buyers: 41, pointsHeld: 0, dates: dates)
            _ = reduce(&state, .inspectorLoaded(InspectorReport(snapshot: snapshot, nextRuns: nil, events: [], qaClockOffset: nil)))
            let lines = render(state, width: 80, height: 24).lines
            let rows = lines.filter { line in dates.contains { line.contains($0.concertTitle.prefix(12)) } }
            #expect(!rows.isEmpty && rows.allSatisfy { $0.contains("KST") }, "\(rows)")
        }
    }
}
