/// One transaction on the in-memory tables: the store's primitives, each change noted in
/// an undo journal so that a transaction that throws leaves nothing behind.
final class MemoryTransaction {
    private(set) var t: MemoryTables
    private var journal: [(inout MemoryTables) -> Void] = []

    init(tables: MemoryTables) {
        t = tables
    }

    /// Undoes every change, newest first.
    func undo() {
        for step in journal.reversed() { step(&t) }
        journal.removeAll()
    }

    /// Hands the tables back.
    func finish() -> MemoryTables {
        journal.removeAll()
        return t
    }

    /// Records how to put `path`'s current value back, then changes it.
    func change<Value>(_ path: WritableKeyPath<MemoryTables, Value>, _ update: (inout Value) throws -> Void) rethrows {
        let before = t[keyPath: path]
        try update(&t[keyPath: path])
        journal.append { $0[keyPath: path] = before }
    }

    /// Changes one entry of a dictionary table, noting how to put it back.
    func change<Key: Hashable, Value>(_ path: WritableKeyPath<MemoryTables, [Key: Value]>, key: Key, to value: Value?) {
        let before = t[keyPath: path][key]
        t[keyPath: path][key] = value
        journal.append { $0[keyPath: path][key] = before }
    }

    /// Refuses a change the SQLite schema would refuse: the store keeps the same rules.
    func refuse(_ rule: String) -> BookingError {
        .storageFailure(.refusedBySafetyRule(rule: rule))
    }
}
