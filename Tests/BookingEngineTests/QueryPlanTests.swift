@testable import BookingEngine
import GRDB
import GRDBSQLite
import Testing

/// A cached statement runs on the plan it was compiled with: binding new values to it does
/// not make SQLite compile its SQL again (`SQLiteBookingStore.connectionConfiguration`).
@Suite struct QueryPlanTests {
    /// A query whose plan estimate looks at a bound value: SQLite weighs `b = ?`, which the
    /// index on `a` leaves, when it orders rows or joins tables (as the engine's seat reads do).
    static let query = "SELECT a, b FROM t WHERE a = ? AND b = ? ORDER BY b"

    /// Runs the query ten times with new values and returns how often SQLite compiled it again.
    static func recompilations(_ configuration: Configuration) throws -> Int32 {
        try DatabaseQueue(configuration: configuration).write { db in
            try db.execute(sql: "CREATE TABLE t(a INTEGER, b INTEGER); CREATE INDEX t_a ON t(a)")
            let statement = try db.cachedStatement(sql: query)
            for value in 2...11 { _ = try Row.fetchAll(statement, arguments: [value, value]) }
            return sqlite3_stmt_status(statement.sqliteStatement, SQLITE_STMTSTATUS_REPREPARE, 0)
        }
    }

    @Test func theStoreCompilesACachedStatementOnce() throws {
        #expect(try Self.recompilations(SQLiteBookingStore.connectionConfiguration) == 0)
    }

    @Test func withoutTheSettingEveryRunCompilesItAgain() throws {
        #expect(try Self.recompilations(Configuration()) == 10)
    }
}
