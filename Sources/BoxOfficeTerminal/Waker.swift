import Glibc

/// Wakes a `Terminal` blocked in `nextEvents` from any thread or task: the only part of the
/// terminal that may be used off the terminal's thread.
///
/// It owns a non-blocking self-pipe: `wake()` writes one byte, the terminal polls the read end.
/// The pipe stays open as long as any reference to the waker lives, so a late `wake()` from a
/// background thread after the terminal stopped is harmless.
public final class Waker: Sendable {
    let readFD: Int32
    let writeFD: Int32

    init() throws(TerminalError) {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { throw .cannotCreateWakeUpPipe(errno: errno) }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        readFD = descriptors[0]
        writeFD = descriptors[1]
    }

    /// Makes the terminal's current or next `nextEvents` call return. Safe from any thread.
    public func wake() {
        var byte: UInt8 = 1
        _ = write(writeFD, &byte, 1)
    }

    /// Empties the pipe; true when it held at least one wake-up.
    func drain() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64)
        var woken = false
        while read(readFD, &buffer, buffer.count) > 0 {
            woken = true
        }
        return woken
    }

    deinit {
        close(readFD)
        close(writeFD)
    }
}
