import BookingEngine
@testable import BookingEnginePostgres
import Foundation
import Testing

/// What only the PostgreSQL store has to show: several processes on one database,
/// setup races, refusals that leave a database untouched, the schema's own guards and
/// lost connections. The contract itself runs on PostgreSQL through `StoreKind`.
@Suite(.enabled(if: PostgresTestDatabase.isConfigured, "set BOXOFFICE_TEST_POSTGRES to a postgres:// URL (see scripts/postgres-up)"))
struct PostgresStoreTests {
    /// A second "process" on the test's database: its own store, connections and clock reading.
    static func secondEngine(_ e: TestEngine) async throws -> BookingEngine {
        let location = try #require(e.database?.location)
        return try await BookingEngine(store: PostgresBookingStore(location: location, clock: e.clock), clock: e.clock)
    }

    @Test func sixteenBuyersOnTwoProcessesHoldingOneSeatMakeOneWinner() async throws {
        let e = try await TestEngine(.postgres, configuration: ConcurrencyTests.config(capacity: 16))
        let other = try await Self.secondEngine(e)
        let tokens = try await e.admitted((1...16).map { "buyer\($0)" })
        let seat = try await e.openSeats(token: tokens[0])[7]
        let results = await withTaskGroup(of: Result<[Hold], BookingError>.self) { group in
            for (index, token) in tokens.enumerated() {
                let engine = index.isMultiple(of: 2) ? e.engine : other
                group.addTask { await outcome { try await engine.hold(token: token, seats: [seat.id]) } }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.filter { (try? $0.get()) != nil }.count == 1)
        #expect(results.filter { $0.failure == .seatUnavailable(seatNumber: 8) }.count == 15)
        #expect(try await e.violations() == [])
    }

    @Test func paymentsRacingOnTwoProcessesDebitOnce() async throws {
        let e = try await TestEngine(.postgres)
        let other = try await Self.secondEngine(e)
        let (alice, holds) = try await PaymentTests.buyer(e, "alice", points: 1000, seats: [1, 2])
        let key = IdempotencyKey.random()
        let results = await withTaskGroup(of: Result<Receipt, BookingError>.self) { group in
            for index in 0..<16 {
                let engine = index.isMultiple(of: 2) ? e.engine : other
                group.addTask { await outcome { try await engine.pay(token: alice, reservations: holds.map(\.id), key: key) } }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let receipts = results.compactMap { try? $0.get() }
        #expect(receipts.count == 16)
        #expect(Set(receipts.map(\.payment)).count == 1)
        #expect(try await e.engine.balance(user: "alice") == 1000 - holds.reduce(0) { $0 + $1.price })
        #expect(try await e.violations() == [])
    }

    @Test func concurrentFirstOpensSetUpOneSchema() async throws {
        let database = try await PostgresTestDatabase()
        let location = database.location
        let opened = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask { (try? await PostgresBookingStore(location: location)) != nil }
            }
            return await group.reduce(into: 0) { $0 += $1 ? 1 : 0 }
        }
        #expect(opened == 8)
        #expect(try await database.sql("SELECT COUNT(*) FROM state") == 1)
        #expect(try await database.sql("SELECT COUNT(*) FROM policy") == 1)
    }

    @Test func aNewerDatabaseIsRefusedUntouched() async throws {
        let database = try await PostgresTestDatabase()
        _ = try await PostgresBookingStore(location: database.location)
        try await database.sql("UPDATE boxoffice_schema SET version = 99")
        let before = try await database.sql("SELECT recorded_now FROM state")
        let error = await #expect(throws: BookingError.self) { _ = try await PostgresBookingStore(location: database.location) }
        #expect(error?.message.contains("newer version of boxoffice") == true)
        #expect(try await database.sql("SELECT version FROM boxoffice_schema") == 99)
        #expect(try await database.sql("SELECT recorded_now FROM state") == before)
    }

    /// A database written by the previous version (schema 1) is migrated on opening and
    /// keeps its events: they have no detail and keep their text; new events have one.
    @Test func aVersionOneDatabaseKeepsItsEventsWithoutDetail() async throws {
        let database = try await PostgresTestDatabase()
        for statement in PostgresSchemaSetup.statements(of: PostgresSchema.migrations[0]) { try await database.sql(statement) }
        let clock = ManualClock()
        let now = clock.now().milliseconds
        let policy = PostgresTransaction.policyValues(EngineConfiguration()).map(String.init).joined(separator: ", ")
        for statement in [
            "INSERT INTO boxoffice_schema (id, application, version) VALUES (1, 'boxoffice', 1)",
            """
            INSERT INTO policy (id, active_limit, admit_every_ms, hold_limit, hold_for_ms, active_ttl_ms, waiting_ttl_ms,
                sweep_every_ms, token_sweep_every_ms, max_top_up, balance_ceiling) VALUES (1, \(policy))
            """,
            """
            INSERT INTO state (id, recorded_now, line_lag, next_number, admitted_through, lapses_admitted_past, lapses_counted, lapse_mark)
            VALUES (1, \(now), 0, 1, 0, 0, 0, \(now))
            """,
            "INSERT INTO event (at, kind, text) VALUES (\(now - 2_000), 'hold', 'Held seat 3692 · Old Show')",
            "INSERT INTO event (at, kind, text) VALUES (\(now - 1_000), 'admission', 'Admitted 2 from the line')",
        ] { try await database.sql(statement) }
        let engine = try await BookingEngine(store: PostgresBookingStore(location: database.location, clock: clock), clock: clock)
        #expect(try await database.sql("SELECT version FROM boxoffice_schema") == Int64(PostgresSchema.version))
        let kept = try await engine.recentEvents(10)
        #expect(kept.map(\.text) == ["Admitted 2 from the line", "Held seat 3692 · Old Show"])
        #expect(kept.map(\.kind) == [.admission, .hold] && kept.allSatisfy { $0.detail == nil })
        let token = try await engine.issueToken(user: "ana").token
        #expect(try await engine.recentEvents(1).first?.detail == .joinedLine(buyer: "ana", token: token.short, position: nil))
    }

    @Test func anotherProgramsDatabaseIsRefusedUntouched() async throws {
        let database = try await PostgresTestDatabase()
        try await database.sql("CREATE TABLE orders (id bigint)")
        let error = await #expect(throws: BookingError.self) { _ = try await PostgresBookingStore(location: database.location) }
        #expect(error?.message.contains("another program") == true)
        #expect(try await database.sql("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'") == 1)
    }

    @Test func anEmptyDatabaseIsNotOpenedAsAnExistingOne() async throws {
        let database = try await PostgresTestDatabase()
        let error = await #expect(throws: BookingError.self) {
            _ = try await PostgresBookingStore(location: database.location, creation: .existingOnly)
        }
        #expect(error?.message.contains("boxoffice new --db") == true)
        #expect(try await database.sql("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'") == 0)
    }

    @Test func theSchemaRefusesASecondLiveReservationWhateverTheCaller() async throws {
        let e = try await TestEngine(.postgres)
        let database = try #require(e.database)
        let token = try await e.admitted("ann")
        let seat = try await e.openSeats(token: token)[0]
        _ = try await e.engine.hold(token: token, seats: [seat.id])
        await #expect(throws: (any Error).self) {
            try await database.sql(
                "INSERT INTO reservation (seat_id, buyer, status, price, held_at, expires_at) "
                    + "SELECT seat_id, buyer, 'held', price, held_at, expires_at FROM reservation LIMIT 1")
        }
        await #expect(throws: (any Error).self) { try await database.sql("UPDATE buyer SET balance = -1") }
        await #expect(throws: (any Error).self) { try await database.sql("UPDATE state SET next_number = 1") }
        #expect(try await e.violations() == [])
    }

    @Test func callsReconnectAfterTheServerDropsEveryConnection() async throws {
        let e = try await TestEngine(.postgres)
        let database = try #require(e.database)
        let token = try await e.admitted("ann")
        _ = try await e.openSeats(token: token)
        try await database.sql(
            "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
        #expect(try await e.openSeats(token: token).count == 50)
        #expect(e.engine.storageDescription?.hasPrefix("PostgreSQL ") == true)
    }

    @Test func anUnreachableServerIsARetryableStorageFailure() async throws {
        let location = try PostgresLocation(url: "postgres://nobody@/boxoffice?host=/nonexistent-boxoffice-folder")
        let error = await #expect(throws: BookingError.self) { _ = try await PostgresBookingStore(location: location) }
        #expect(error?.code == "STORAGE_FAILURE")
        #expect(error?.message.contains("unreachable") == true)
        #expect(error?.message.contains("try again") == true)
    }

    @Test func aChangeCommittedByOneProcessSignalsAnother() async throws {
        let e = try await TestEngine(.postgres)
        let other = try await PostgresBookingStore(location: try #require(e.database?.location))
        let signals = other.changeSignals()
        // The listener connects in the background, and a change committed before it listens
        // is not announced: keep making changes, a bounded number of times, until one is.
        let signalled = await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                var iterator = signals.makeAsyncIterator()
                return await iterator.next() != nil
            }
            group.addTask {
                for index in 0..<50 {
                    _ = try? await e.engine.issueToken(user: "signal\(index)")
                    try? await Task.sleep(for: .milliseconds(100))
                }
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
        #expect(signalled)
    }

    @Test func durableWritesWaitForTheDiskAndOtherCallsDoNot() async throws {
        let database = try await PostgresTestDatabase()
        let store = try await PostgresBookingStore(location: database.location)
        func setting(_ kind: WriteKind) async throws -> String? {
            try await store.write(kind) { tx in
                try (tx as? PostgresTransaction)?.session.value("SHOW synchronous_commit", as: String.self)
            }
        }
        #expect(try await setting(.durable) == "on")
        #expect(try await setting(.call) == "off")
        #expect(try await setting(.maintenance) == "off")
    }
}
