import GRDB
import GRDBSQLite

/// A result row read straight from SQLite's statement by column position, with none of
/// GRDB's row machinery (which looks up and lowercases every column name whenever a query
/// starts). Valid only while the statement stands on the row: inside the closures of the
/// readers below.
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

/// A value bound straight into SQLite's statement by position, with none of GRDB's
/// `StatementArguments` (an array of existentials, each turned into a `DatabaseValue`
/// before it is bound): that took a sixth of a position read in a profile of B3.
enum BoundValue {
    case integer(Int64)
    case text(String)

    static func int(_ value: Int) -> BoundValue { .integer(Int64(value)) }
}

extension Database {
    /// The first row of a query through a cached statement, decoded by `decode`; nil when
    /// there is none. For the hot reads: a token, the line's figures, a seat to hold.
    func firstRow<T>(_ sql: String, _ arguments: [BoundValue] = [], _ decode: (SteppedRow) throws -> T) throws -> T? {
        var first: T?
        try eachRow(sql, arguments) { row in
            first = try decode(row)
            return false
        }
        return first
    }

    /// The first column of every row as an integer: the numbers admission takes from the
    /// line (up to thousands at a time), reservation ids.
    func int64s(_ sql: String, _ arguments: [BoundValue] = []) throws -> [Int64] {
        var values: [Int64] = []
        try eachRow(sql, arguments) { row in
            values.append(row.int64(0))
            return true
        }
        return values
    }

    /// The first two columns of every row as integers.
    func int64Pairs(_ sql: String, _ arguments: [BoundValue] = []) throws -> [(Int64, Int64)] {
        var pairs: [(Int64, Int64)] = []
        try eachRow(sql, arguments) { row in
            pairs.append((row.int64(0), row.int64(1)))
            return true
        }
        return pairs
    }

    /// Runs a cached statement with its arguments bound straight into SQLite, and returns
    /// how many rows it changed: for the statements every call or every token issue runs
    /// (`BEGIN`, `COMMIT`, a token issue's inserts), which GRDB's `execute` took about a
    /// microsecond longer each to run.
    @discardableResult
    func run(_ sql: String, bound arguments: [BoundValue]) throws -> Int {
        try eachRow(sql, arguments) { _ in true }
        return changesCount
    }

    /// Steps a cached statement through its rows while `body` returns true. The
    /// statement's bindings are cleared afterwards, so that no text outlives the call in it.
    private func eachRow(_ sql: String, _ arguments: [BoundValue], _ body: (SteppedRow) throws -> Bool) throws {
        let raw = try cachedStatement(sql: sql).sqliteStatement
        defer {
            sqlite3_reset(raw)
            sqlite3_clear_bindings(raw)
        }
        try bind(arguments, to: raw, sql: sql)
        while true {
            switch sqlite3_step(raw) {
            case SQLITE_ROW:
                guard try body(SteppedRow(statement: raw)) else { return }
            case SQLITE_DONE:
                return
            case let code:
                throw failure(code, sql: sql)
            }
        }
    }

    private func bind(_ arguments: [BoundValue], to raw: SQLiteStatement, sql: String) throws {
        guard sqlite3_bind_parameter_count(raw) == arguments.count else {
            throw DatabaseError(
                resultCode: .SQLITE_MISUSE, message: "\(arguments.count) arguments for \(sqlite3_bind_parameter_count(raw)) placeholders",
                sql: sql)
        }
        for (index, argument) in zip(Int32(1)..., arguments) {
            let code = switch argument {
            case .integer(let value): sqlite3_bind_int64(raw, index, value)
            case .text(let value): sqlite3_bind_text(raw, index, value, -1, transient)
            }
            guard code == SQLITE_OK else { throw failure(code, sql: sql) }
        }
    }

    private func failure(_ code: Int32, sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqliteConnection)), sql: sql)
    }
}

/// Tells SQLite to copy a bound text at once (`SQLITE_TRANSIENT`, which Swift cannot import).
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
