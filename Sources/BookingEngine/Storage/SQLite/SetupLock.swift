import Foundation

/// Serialises opening a database across processes: creating its schema, migrating it and
/// loading its first policy happen under an exclusive lock on the file, taken before
/// anything reads the schema, so processes opening one new file at once take turns
/// instead of racing to create the same tables.
///
/// The lock is an open-file-description lock (Linux `F_OFD_SETLKW`) on one byte far past
/// anything SQLite locks or writes (and apart from `ProcessPresence`'s byte); SQLite's own
/// locks neither see it nor are released by it, and the kernel drops it if the process dies.
struct SetupLock: ~Copyable {
    private static let offset: Int64 = 0x7FFF_0000_0001
    /// `F_OFD_SETLKW` from <fcntl.h>, hidden behind _GNU_SOURCE.
    private static let ofdSetLockWait: Int32 = 38

    private let descriptor: Int32

    /// Waits for the lock on the file at `path`, which must exist.
    init(path: String) throws(BookingError) {
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == EACCES || errno == EROFS {
                throw .storageFailure("\(path) is read-only; check its permissions or pick another file with --db")
            }
            throw .storageFailure("\(path) cannot be opened: \(String(cString: strerror(errno)))")
        }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = off_t(Self.offset)
        lock.l_len = 1
        #if os(Linux)
        var result: Int32
        repeat { result = fcntl(descriptor, Self.ofdSetLockWait, &lock) } while result != 0 && errno == EINTR
        if result != 0 {
            let problem = String(cString: strerror(errno))
            close(descriptor)
            throw .storageFailure("\(path) cannot be locked for opening: \(problem)")
        }
        #endif
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }
}
