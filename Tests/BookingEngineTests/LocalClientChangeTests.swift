import BookingEngine
import BookingEnginePostgres
import BoxOfficeUI
import Testing

/// A terminal on a PostgreSQL database hears of other processes' changes (LISTEN/NOTIFY),
/// rather than only finding them at its next poll; on SQLite it polls, as it always has.
@Suite struct LocalClientChangeTests {
    @Test(.enabled(if: PostgresTestDatabase.isConfigured, "set BOXOFFICE_TEST_POSTGRES to a postgres:// URL (see scripts/postgres-up)"))
    func aTerminalOnPostgresHearsAnotherProcessesChange() async throws {
        let e = try await TestEngine(.postgres)
        let otherProcess = try await BookingEngine(store: PostgresBookingStore(location: try #require(e.database?.location)))
        let client = LocalBookingClient(engine: e.engine)
        let (notices, heard) = AsyncStream.makeStream(of: ClientNotice.self)
        let watching = try #require(client.watch { heard.yield($0) })
        defer { watching.cancel() }
        // The listener connects in the background, and a change committed before it listens
        // is not announced: keep making changes, a bounded number of times, until one is.
        let notice = await withTaskGroup(of: ClientNotice?.self) { group in
            group.addTask {
                var iterator = notices.makeAsyncIterator()
                return await iterator.next()
            }
            group.addTask {
                for index in 0..<50 {
                    _ = try? await otherProcess.issueToken(user: "elsewhere\(index)")
                    try? await Task.sleep(for: .milliseconds(100))
                }
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        #expect(notice == .changed)
    }

    @Test func aTerminalOnSQLiteKeepsPolling() async throws {
        let e = try await TestEngine(.sqlite)
        #expect(LocalBookingClient(engine: e.engine).watch { _ in } == nil)
    }
}
