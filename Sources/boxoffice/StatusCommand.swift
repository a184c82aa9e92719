import ArgumentParser
import BookingEngine
import Foundation

/// `boxoffice status`: the engine's figures, as the inspector shows them.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the line, capacity, live holds and seats of every upcoming performance.")

    @OptionGroup var engineOptions: EngineOptions
    @Flag(help: "Print the figures as JSON.") var json = false

    func run() async throws {
        let engine = try await CommandSupport.openEngine(engineOptions)
        let snapshot: EngineSnapshot
        do { snapshot = try await engine.snapshot() } catch { throw CommandFailure(error) }
        if json {
            try CommandSupport.printJSON(snapshot)
        } else {
            print(StatusReport.text(snapshot, database: engineOptions.databasePath))
        }
    }
}

/// The human-readable form of an `EngineSnapshot`.
enum StatusReport {
    static func text(_ snapshot: EngineSnapshot, database: String) -> String {
        var lines = [
            "boxoffice  \(database)",
            "line: \(snapshot.waiting) waiting, \(snapshot.active) of \(snapshot.capacity) shopping, \(snapshot.liveHolds) seats on hold",
            "buyers: \(snapshot.buyers), points held: \(snapshot.pointsHeld)",
            "",
            "upcoming performances:",
        ]
        for date in snapshot.dates {
            let when = TimeText.dateTime(date.startsAt)
            lines.append("  #\(date.dateID)  \(when)  \(date.concertTitle)  free \(date.free) · held \(date.held) · sold \(date.sold) of \(date.seats)")
        }
        return lines.joined(separator: "\n")
    }
}

/// Local-time formatting for the command line.
enum TimeText {
    static func dateTime(_ moment: Timestamp) -> String {
        var seconds = time_t(moment.milliseconds / 1000)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday, parts.tm_hour, parts.tm_min)
    }
}
