import Foundation

/// Small calls the command-line tools need that the engine's flows do not offer, built only
/// from the engine's own calls and `ProcessPresence`'s lock. (Kept apart so they can move
/// onto the store unchanged.)
extension BookingEngine {
    /// Whether `user` ever had points in this database: a top-up, a payment or a refund.
    /// A name with no history has a balance of 0 only because nobody by that name was seen.
    public func hasPointsHistory(user: String) async throws(BookingError) -> Bool {
        !(try await ledger(user: user)).isEmpty
    }

    /// Whether another process has a boxoffice engine open on the file at `path`, without
    /// marking this process as a user of it (so the file may still be removed and made anew).
    /// Nil when it cannot be known (no such file, or no open-file-description locks here).
    ///
    /// Every engine holds a shared lock on one byte far past SQLite's lock bytes for as long
    /// as it runs (see `ProcessPresence`); this probes every byte past SQLite's.
    public static func isOpenInAnotherProcess(path: String) -> Bool? {
        #if os(Linux)
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { Glibc.close(descriptor) }
        var probe = flock()
        probe.l_type = Int16(F_WRLCK)
        probe.l_whence = Int16(SEEK_SET)
        probe.l_start = pastSQLiteLockBytes
        probe.l_len = 0
        guard fcntl(descriptor, ofdGetLock, &probe) == 0 else { return nil }
        return probe.l_type != Int16(F_UNLCK)
        #else
        return nil
        #endif
    }

    /// SQLite locks bytes from 1 GiB on, 512 at most; boxoffice's presence byte lies far beyond.
    private static let pastSQLiteLockBytes: off_t = 0x4000_0000 + 0x1_0000
    /// `F_OFD_GETLK` from <fcntl.h>, hidden behind _GNU_SOURCE.
    private static let ofdGetLock: Int32 = 36
}
