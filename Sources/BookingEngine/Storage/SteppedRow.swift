import GRDB
import GRDBSQLite

/// A result row read straight from SQLite's statement by column position, with none of
/// GRDB's row machinery (which looks up and lowercases every column name whenever a query
/// starts). Valid only inside the closure of `Database.firstRow`.
struct SteppedRow {
    fileprivate let statement: SQLiteStatement

    func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(statement, column)
    }

    func optionalInt64(_ column: Int32) -> Int64? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : int64(column)
    }

    func text(_ column: Int32) -> String {
        sqlite3_column_text(statement, column).map { String(cString: $0) } ?? ""
    }
}

extension Database {
    /// The first row of a query through a cached statement, decoded by `decode`; nil when
    /// there is none. For the hot reads: a token, the line's figures, a seat to hold.
    func firstRow<T>(_ sql: String, _ arguments: StatementArguments = [], _ decode: (SteppedRow) throws -> T) throws -> T? {
        let statement = try cachedStatement(sql: sql)
        try statement.setArguments(arguments)
        let raw = statement.sqliteStatement
        defer { sqlite3_reset(raw) }
        switch sqlite3_step(raw) {
        case SQLITE_ROW:
            return try decode(SteppedRow(statement: raw))
        case SQLITE_DONE:
            return nil
        case let code:
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqliteConnection)), sql: sql)
        }
    }
}
