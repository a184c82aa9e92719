/// Why the terminal could not be started.
public enum TerminalError: Error, Equatable {
    /// Standard input or output is not a terminal (piped or redirected).
    case notATerminal
    /// ncurses does not know this terminal type (`TERM`).
    case unknownTerminalType(String)
    /// This terminal type cannot move the cursor (`TERM=dumb`), so no screen can be drawn.
    case cannotMoveCursor(String)
    /// Another `Terminal` is still running; ncurses drives one screen at a time.
    case alreadyRunning
    /// The self-pipe used to wake the input wait could not be created.
    case cannotCreateWakeUpPipe(errno: Int32)
    /// The terminal's file descriptors could not be opened as streams.
    case cannotOpenStreams(errno: Int32)
}
