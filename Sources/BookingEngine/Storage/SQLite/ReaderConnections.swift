import GRDB
import Synchronization

/// Read-only connections of the store, each lent to one read at a time on the calling thread.
///
/// GRDB's `DatabasePool` finds a free reader with `first(where: \.isAvailable)` on a generic
/// type, and the Swift runtime builds that key path anew on every call: about a third of a
/// position read in a profile of B3. Here free connections wait on a stack instead. They are
/// opened when first needed, up to `limit`; a read that finds all of them lent gets nil and
/// goes to the pool.
final class ReaderConnections: Sendable {
    private struct Lending {
        var free: [DatabaseQueue] = []
        var opened = 0
    }

    private let lending = Mutex(Lending())
    private let path: String
    private let configuration: Configuration
    private let limit: Int

    init(path: String, configuration: Configuration, limit: Int) {
        var configuration = configuration
        configuration.readonly = true
        self.path = path
        self.configuration = configuration
        self.limit = limit
    }

    /// Runs `body` on a free connection, or returns nil without running it when all are lent.
    func read<T>(_ body: (Database) throws -> T) throws -> T? {
        guard let reader = try borrow() else { return nil }
        defer { lending.withLock { $0.free.append(reader) } }
        return try reader.inDatabase(body)
    }

    private func borrow() throws -> DatabaseQueue? {
        let (reader, mayOpen) = lending.withLock { lending -> (DatabaseQueue?, Bool) in
            if let reader = lending.free.popLast() { return (reader, false) }
            guard lending.opened < limit else { return (nil, false) }
            lending.opened += 1
            return (nil, true)
        }
        guard mayOpen else { return reader }
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            lending.withLock { $0.opened -= 1 }
            throw error
        }
    }
}
