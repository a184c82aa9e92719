@testable import BookingEngine
import Foundation
import GRDB
import Testing

/// A database written by the first schema is brought to venues: its concerts' halls become
/// venues in UTC with one section, its seats rows of ten, its counts what its reservations say.
@Suite struct MigrationTests {
    /// A version 1 file with one concert of 25 seats (VIP 1–5 at 300, R 6–25 at 100), seat 7
    /// sold to ann and seat 12 held by bob until `holdEnds`.
    static func versionOneFile(_ path: String, startsAt: Int64, holdEnds: Int64) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: Schema.migrations[0])
            try db.execute(
                sql: """
                    INSERT INTO policy (id, active_limit, admit_every_ms, hold_limit, hold_for_ms, active_ttl_ms, waiting_ttl_ms,
                        sweep_every_ms, token_sweep_every_ms, max_top_up, balance_ceiling) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: StatementArguments(SQLiteTransaction.policyValues(EngineConfiguration())))
            try db.execute(
                sql: """
                    INSERT INTO state (id, recorded_now, line_lag, next_number, admitted_through, lapses_admitted_past,
                        lapses_counted, lapse_mark, catalog_loaded_at) VALUES (1, 0, 0, 1, 0, 0, 0, 0, 0)
                    """)
            try db.execute(sql: "INSERT INTO concert (id, title, venue) VALUES (1, 'Old Show', 'Old Hall')")
            try db.execute(sql: "INSERT INTO performance (id, concert_id, starts_at) VALUES (1, 1, ?)", arguments: [startsAt])
            for number in 1...25 {
                try db.execute(
                    sql: "INSERT INTO seat (performance_id, number, grade, price) VALUES (1, ?, ?, ?)",
                    arguments: [number, number <= 5 ? "VIP" : "R", number <= 5 ? 300 : 100])
            }
            try db.execute(sql: "INSERT INTO buyer (name, balance) VALUES ('ann', 0), ('bob', 0)")
            try db.execute(sql: "INSERT INTO payment (id, buyer, amount, paid_at) VALUES (1, 'ann', 100, 0)")
            try db.execute(sql: "INSERT INTO ledger (buyer, kind, amount, balance_after, at) VALUES ('ann', 'charge', 100, 100, 0)")
            try db.execute(sql: "INSERT INTO ledger (buyer, kind, amount, balance_after, at, payment_id) VALUES ('ann', 'payment', 100, 0, 0, 1)")
            try db.execute(
                sql: """
                    INSERT INTO reservation (seat_id, buyer, status, price, held_at, expires_at, payment_id)
                    VALUES (7, 'ann', 'confirmed', 100, 0, 0, 1), (12, 'bob', 'held', 100, 0, ?, NULL)
                    """, arguments: [holdEnds])
            try db.execute(sql: "PRAGMA user_version = 1")
        }
    }

    @Test func aVersionOneDatabaseGetsVenuesSectionsAndCounts() async throws {
        let folder = try TempFolder()
        let path = folder.path + "/old.sqlite"
        let clock = ManualClock()
        let now = clock.now().milliseconds
        try Self.versionOneFile(path, startsAt: now + 86_400_000, holdEnds: now + 60_000)
        let engine = try await BookingEngine(store: try SQLiteBookingStore(path: path, clock: clock), clock: clock)
        let version = try DatabaseQueue(path: path).inDatabase { try Int.fetchOne($0, sql: "PRAGMA user_version") }
        #expect(version == Schema.version)
        let token = try await engine.issueToken(user: "carol").token
        let date = try #require(try await engine.concerts(token: token).first?.dates.first)
        #expect(date.timeZone == "UTC" && date.seatCount == 25 && date.freeSeats == 23)
        let overview = try await engine.venueOverview(token: token, date: date.id)
        #expect(overview.venue == "Old Hall" && overview.timeZone == "UTC")
        #expect(overview.sections.map(\.name) == ["Hall"] && overview.sections[0].grade == "VIP" && overview.sections[0].freeSeats == 23)
        let hall = try await engine.sectionSeats(token: token, date: date.id, section: overview.sections[0].id)
        #expect(hall.rows == [SectionRow(label: "A", seats: 10), SectionRow(label: "B", seats: 10), SectionRow(label: "C", seats: 5)])
        #expect(hall.states[6] == .sold && hall.states[11] == .held && hall.place(of: 11) == "Hall · row B · seat 2")
        let map = try await engine.seatMap(token: token, date: date.id)
        #expect(map.seats.map(\.grade).prefix(6) == ["VIP", "VIP", "VIP", "VIP", "VIP", "R"], "seats keep their own grades")
        #expect(try await engine.bookings(user: "ann").map(\.seat.place) == ["Hall · row A · seat 7"])
        clock.advance(by: .seconds(61))
        #expect(try await engine.venueOverview(token: token, date: date.id).sections[0].freeSeats == 24)
        #expect(try await engine.audit().violations.isEmpty)
        let held = try await engine.holdBest(token: token, date: date.id, count: 2)
        #expect(held.map(\.seat.place) == ["Hall · row A · seat 5", "Hall · row A · seat 6"])
    }

    /// A version 2 file with no catalog and two events, recorded at `now` - 2 s and - 1 s.
    static func versionTwoFile(_ path: String, now: Int64) throws {
        try DatabaseQueue(path: path).write { db in
            for migration in Schema.migrations.prefix(2) { try db.execute(sql: migration) }
            try db.execute(
                sql: """
                    INSERT INTO policy (id, active_limit, admit_every_ms, hold_limit, hold_for_ms, active_ttl_ms, waiting_ttl_ms,
                        sweep_every_ms, token_sweep_every_ms, max_top_up, balance_ceiling) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: StatementArguments(SQLiteTransaction.policyValues(EngineConfiguration())))
            try db.execute(
                sql: """
                    INSERT INTO state (id, recorded_now, line_lag, next_number, admitted_through, lapses_admitted_past,
                        lapses_counted, lapse_mark) VALUES (1, ?, 0, 1, 0, 0, 0, ?)
                    """, arguments: [now, now])
            try db.execute(
                sql: "INSERT INTO event (at, kind, text) VALUES (?, 'hold', 'Held seat 3692 · Old Show'), (?, 'admission', 'Admitted 2 from the line')",
                arguments: [now - 2_000, now - 1_000])
            try db.execute(sql: "PRAGMA user_version = 2")
        }
    }

    /// A database written by the previous version (schema 2) keeps its events through the
    /// migration that gives events a detail: they have none, and keep their text; new
    /// events have one.
    @Test func aVersionTwoDatabaseKeepsItsEventsWithoutDetail() async throws {
        let folder = try TempFolder()
        let path = folder.path + "/previous.sqlite"
        let clock = ManualClock()
        let now = clock.now().milliseconds
        try Self.versionTwoFile(path, now: now)
        let engine = try await BookingEngine(store: try SQLiteBookingStore(path: path, clock: clock), clock: clock)
        #expect(try DatabaseQueue(path: path).inDatabase { try Int.fetchOne($0, sql: "PRAGMA user_version") } == Schema.version)
        let kept = try await engine.recentEvents(10)
        #expect(kept.map(\.text) == ["Admitted 2 from the line", "Held seat 3692 · Old Show"])
        #expect(kept.map(\.kind) == [.admission, .hold] && kept.allSatisfy { $0.detail == nil })
        let token = try await engine.issueToken(user: "ana").token
        #expect(try await engine.recentEvents(1).first?.detail == .joinedLine(buyer: "ana", token: token.short, position: nil))
    }
}
