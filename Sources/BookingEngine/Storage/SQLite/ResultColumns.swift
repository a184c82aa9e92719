import GRDB
import GRDBSQLite

/// The columns of the result row a statement is on, by position, read straight from the
/// statement. GRDB's `Row` indexes every column's name each time a query is fetched,
/// which is a large part of the engine's shortest calls; the line's hot reads (the state,
/// a token, a place in line) use these instead. Valid only inside the `decode` closure of
/// `Database.first` or `Database.each`.
struct ResultColumns {
    fileprivate let statement: SQLiteStatement

    /// The value of column `index`. Like `Row`'s subscript, a column that cannot hold a
    /// `Value` (NULL for a non-optional, say) is a programming error.
    subscript<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ index: Int) -> Value {
        guard let value = Value.fromStatement(statement, atUncheckedIndex: CInt(index)) else {
            preconditionFailure("column \(index) holds no \(Value.self)")
        }
        return value
    }
}

extension Database {
    /// The first row of a read-only query, decoded in place; nil when there is none.
    func first<T>(_ sql: String, _ arguments: StatementArguments = [], _ decode: (ResultColumns) throws -> T) throws -> T? {
        var result: T?
        try step(sql, arguments) { columns in
            result = try decode(columns)
            return false
        }
        return result
    }

    /// Every row of a read-only query, each decoded in place.
    func each<T>(_ sql: String, _ arguments: StatementArguments = [], _ decode: (ResultColumns) throws -> T) throws -> [T] {
        var results: [T] = []
        try step(sql, arguments) { columns in
            results.append(try decode(columns))
            return true
        }
        return results
    }

    /// Steps through the rows of the cached statement for `sql` while `row` returns true,
    /// then resets the statement.
    private func step(_ sql: String, _ arguments: StatementArguments, _ row: (ResultColumns) throws -> Bool) throws {
        let statement = try cachedStatement(sql: sql)
        try statement.setArguments(arguments)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_ROW:
                guard try row(ResultColumns(statement: handle)) else { return }
            case SQLITE_DONE:
                return
            case let code:
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqliteConnection)),
                    sql: sql, arguments: arguments)
            }
        }
    }
}
