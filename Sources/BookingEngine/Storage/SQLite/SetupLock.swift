import Foundation
import Synchronization

/// Serialises opening a database across processes: creating its schema, migrating it and
/// loading its first policy happen under an exclusive lock on the file, taken before
/// anything reads the schema, so processes opening one new file at once take turns
/// instead of racing to create the same tables.
///
/// The lock is an open-file-description lock (Linux `F_OFD_SETLKW`) on one byte far past
/// anything SQLite locks or writes (and apart from `ProcessPresence`'s byte); SQLite's own
/// locks neither see it nor are released by it, and the kernel drops it if the process
/// dies. Its descriptor stays open for the life of the process: closing any descriptor of
/// a file drops every POSIX lock the process holds on it, SQLite's included. Within the
/// process, openings take turns on a mutex, as an OFD lock does not exclude its own holder.
enum SetupLock {
    private static let offset: Int64 = 0x7FFF_0000_0001
    /// `F_OFD_SETLK` and `F_OFD_SETLKW` from <fcntl.h>, hidden behind _GNU_SOURCE.
    private static let ofdSetLock: Int32 = 37
    private static let ofdSetLockWait: Int32 = 38

    /// A file by device and inode: a path deleted and made anew is another file.
    private struct FileID: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// The kept descriptor of each file locked so far.
    private static let descriptors = Mutex<[FileID: Int32]>([:])
    /// Openings in this process, one at a time.
    private static let turns = Mutex(())

    /// Runs `body` holding the lock on the file at `path`, which must exist.
    static func around<T>(path: String, _ body: () throws -> T) throws -> T {
        try turns.withLock { _ in
            let descriptor = try descriptor(for: path)
            try lock(descriptor, type: F_WRLCK, wait: true, path: path)
            defer { try? lock(descriptor, type: F_UNLCK, wait: false, path: path) }
            return try body()
        }
    }

    /// The file's kept descriptor, opened the first time (for reading and writing where
    /// allowed, else for reading). Never closed: see the type's comment.
    static func descriptor(for path: String) throws(BookingError) -> Int32 {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .storageFailure(.cannotOpenBecause(file: path, reason: String(cString: strerror(errno))))
        }
        let file = FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        if let kept = descriptors.withLock({ $0[file] }) { return kept }
        return try turnsForDescriptors.withLock { _ throws(BookingError) in
            if let kept = descriptors.withLock({ $0[file] }) { return kept }
            return try open(path, file)
        }
    }

    /// Openings of descriptors, one at a time, so that a file gets one kept descriptor.
    private static let turnsForDescriptors = Mutex(())

    private static func open(_ path: String, _ file: FileID) throws(BookingError) -> Int32 {
        var descriptor = Glibc.open(path, O_RDWR | O_CLOEXEC)
        if descriptor < 0, errno == EACCES || errno == EROFS { descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else {
            if errno == EACCES || errno == EROFS {
                throw .storageFailure(.readOnly(file: path))
            }
            throw .storageFailure(.cannotOpenBecause(file: path, reason: String(cString: strerror(errno))))
        }
        descriptors.withLock { $0[file] = descriptor }
        return descriptor
    }

    private static func lock(_ descriptor: Int32, type: Int32, wait: Bool, path: String) throws(BookingError) {
        #if os(Linux)
        var lock = flock()
        lock.l_type = Int16(type)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = off_t(offset)
        lock.l_len = 1
        var result: Int32
        repeat { result = fcntl(descriptor, wait ? ofdSetLockWait : ofdSetLock, &lock) } while result != 0 && errno == EINTR
        if result != 0, errno == EBADF {
            throw .storageFailure(.readOnly(file: path))
        } else if result != 0 {
            throw .storageFailure(.cannotLock(file: path, reason: String(cString: strerror(errno))))
        }
        #endif
    }
}
