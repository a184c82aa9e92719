import GRDB

/// Short helpers for running SQL through cached prepared statements with bound arguments.
/// No SQL in the engine is ever built from input; everything variable is an argument.
extension Database {
    func row(_ sql: String, _ arguments: StatementArguments = []) throws -> Row? {
        try Row.fetchOne(cachedStatement(sql: sql), arguments: arguments)
    }

    func rows(_ sql: String, _ arguments: StatementArguments = []) throws -> [Row] {
        try Row.fetchAll(cachedStatement(sql: sql), arguments: arguments)
    }

    func int64(_ sql: String, _ arguments: StatementArguments = []) throws -> Int64? {
        try Int64.fetchOne(cachedStatement(sql: sql), arguments: arguments)
    }

    /// Runs a statement and returns how many rows it changed.
    @discardableResult
    func run(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try cachedStatement(sql: sql).execute(arguments: arguments)
        return changesCount
    }
}

extension StatementArguments {
    /// Integers as statement arguments. GRDB's initializer for a sequence of one concrete
    /// type maps it with a generic key path, which the Swift runtime builds anew on every
    /// call: about 1.5 µs of a 35-µs position read when it was measured.
    static func integers(_ values: [Int64]) -> StatementArguments {
        StatementArguments(values.map { Optional.some($0 as any DatabaseValueConvertible) })
    }
}
