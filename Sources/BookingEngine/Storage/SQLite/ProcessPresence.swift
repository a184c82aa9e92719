import Foundation
import Synchronization

/// Tells whether another process has a database file open, with no table and no heartbeat.
///
/// Every process that opens the file takes a shared open-file-description lock (Linux
/// `F_OFD_SETLK`) on one byte far past anything SQLite locks or writes, and keeps it
/// until it exits: the kernel drops it when the process ends, even by SIGKILL, so a dead
/// process never counts. Another process is present exactly when an exclusive lock on
/// that byte would conflict. OFD locks belong to our own descriptor, so SQLite's POSIX
/// locks on the same file neither see them nor are released by them.
enum ProcessPresence {
    /// Far past SQLite's lock bytes (at 1 GiB) and any file boxoffice will write.
    private static let lockOffset: Int64 = 0x7FFF_0000_0000
    /// The descriptor holding this process's lock, per database file (by real path).
    private static let held = Mutex<[String: Int32]>([:])

    /// Marks this process as a user of the file at `path`. Doing it again does nothing.
    static func announce(path: String) {
        #if os(Linux)
        let key = realPath(path)
        held.withLock { held in
            guard held[key] == nil else { return }
            let descriptor = open(key, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return }
            var lock = byteLock(type: F_RDLCK)
            if fcntl(descriptor, ofdSetLock, &lock) == 0 {
                held[key] = descriptor
            } else {
                close(descriptor)
            }
        }
        #endif
    }

    /// Whether another process has announced itself on the file at `path`; nil when this
    /// cannot be known (this process has not announced itself, or no OFD locks here).
    static func othersPresent(path: String) -> Bool? {
        #if os(Linux)
        guard let descriptor = held.withLock({ $0[realPath(path)] }) else { return nil }
        var probe = byteLock(type: F_WRLCK)
        guard fcntl(descriptor, ofdGetLock, &probe) == 0 else { return nil }
        return probe.l_type != Int16(F_UNLCK)
        #else
        return nil
        #endif
    }

    /// Whether any process has announced itself on the file at `path`, asked without
    /// announcing this one (so the file may still be removed and made anew); nil when this
    /// cannot be known (no such file, or no OFD locks here). Ask before this process opens
    /// the file: the probe's descriptor is closed, which drops any POSIX lock the process
    /// holds on it.
    static func anyPresent(path: String) -> Bool? {
        #if os(Linux)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var probe = byteLock(type: F_WRLCK)
        guard fcntl(descriptor, ofdGetLock, &probe) == 0 else { return nil }
        return probe.l_type != Int16(F_UNLCK)
        #else
        return nil
        #endif
    }

    #if os(Linux)
    /// `F_OFD_GETLK` and `F_OFD_SETLK` from <fcntl.h>, hidden behind _GNU_SOURCE.
    private static let ofdGetLock: Int32 = 36
    private static let ofdSetLock: Int32 = 37

    private static func byteLock(type: Int32) -> flock {
        var lock = flock()
        lock.l_type = Int16(type)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = off_t(lockOffset)
        lock.l_len = 1
        lock.l_pid = 0
        return lock
    }
    #endif

    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
