import BoxOfficeUI
import CNcursesw
import Glibc
import Synchronization

/// The one owner of ncurses: draws `Screen`s, reads input, and gives the terminal back.
///
/// Use it from one thread only (it is deliberately not `Sendable`); other threads reach it only
/// through `waker`. One `Terminal` runs at a time. A run loop looks like:
///
/// ```swift
/// let terminal = try Terminal.start(noColorFlag: options.noColor)
/// defer { terminal.stop() }
/// var state = AppState(size: terminal.size)
/// engine.onChange = { [waker = terminal.waker] in inbox.post($0); waker.wake() }
/// while !state.quitting {
///     terminal.draw(render(state, terminal.size))
///     for event in terminal.nextEvents(timeout: state.nextDeadline.map { $0 - clock.now }) {
///         reduce(&state, .input(event))
///     }
///     for message in inbox.takeAll() { reduce(&state, message) }
/// }
/// ```
public final class Terminal {
    /// Wakes `nextEvents` from any thread; hand it to background work.
    public let waker: Waker
    /// Whether roles are drawn in colour (otherwise with bold/dim/underline/reverse only).
    public let usesColor: Bool

    let window: UnsafeMutablePointer<WINDOW>
    let inputFD: Int32
    let outputFD: Int32
    var previousFrame: Screen?
    var cursorVisible: Bool?
    private let screen: OpaquePointer
    private let input: UnsafeMutablePointer<FILE>
    private let output: UnsafeMutablePointer<FILE>
    private let guardsSignals: Bool
    private(set) var isStopped = false

    private static let running = Atomic<Bool>(false)

    /// How long ncurses waits after Escape for the rest of a key sequence: short, so that Esc
    /// (back) answers at once, yet long enough for a sequence sent in one write.
    static let escapeDelayMilliseconds: Int32 = 25

    /// Takes over the process's terminal (standard input and output): sets the locale, enters
    /// cbreak/noecho mode with keypad, mouse clicks and wheel, and a short Escape delay
    /// (`escapeDelayMilliseconds`), hides the cursor and installs the lifecycle guard. Colour
    /// is on unless `noColorFlag`, `NO_COLOR` or a terminal without colours says otherwise.
    public static func start(noColorFlag: Bool = false) throws(TerminalError) -> Terminal {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        return try Terminal(
            inputFD: dup(STDIN_FILENO), outputFD: dup(STDOUT_FILENO), terminalType: nil,
            noColorFlag: noColorFlag, environment: colorEnvironment(), guardsSignals: true)
    }

    /// Opens ncurses on the given descriptors, which the terminal then owns and closes; a given
    /// `size` is applied with `resizeterm` (how tests render headlessly).
    init(
        inputFD: Int32, outputFD: Int32, terminalType: String?, noColorFlag: Bool,
        environment: [String: String], guardsSignals: Bool, size: (width: Int, height: Int)? = nil
    ) throws(TerminalError) {
        guard !Terminal.running.exchange(true, ordering: .acquiringAndReleasing) else {
            close(inputFD)
            close(outputFD)
            throw .alreadyRunning
        }
        var started = false
        defer { if !started { Terminal.running.store(false, ordering: .releasing) } }
        Terminal.prepareLocale()
        let opened = try Terminal.openStreams(inputFD: inputFD, outputFD: outputFD)
        if guardsSignals {
            SignalGuard.install(inputFD: inputFD, outputFD: outputFD, wakeFD: opened.waker.writeFD)
        }
        guard let screen = newterm(terminalType, opened.output, opened.input) else {
            if guardsSignals { SignalGuard.uninstall() }
            fclose(opened.input)
            fclose(opened.output)
            throw .unknownTerminalType(terminalType ?? getenv("TERM").map { String(cString: $0) } ?? "")
        }
        waker = opened.waker
        self.screen = screen
        input = opened.input
        output = opened.output
        self.inputFD = inputFD
        self.outputFD = outputFD
        self.guardsSignals = guardsSignals
        window = boxoffice_stdscr()
        Terminal.configureInput(window)
        usesColor = ColorSupport.useColor(
            noColorFlag: noColorFlag, environment: environment, terminalHasColors: has_colors())
            && Terminal.startColors()
        if let size {
            resizeterm(Int32(size.height), Int32(size.width))
            flushinp()
        }
        started = true
    }

    /// The terminal's size in columns and rows, as ncurses knows it now.
    public var size: (width: Int, height: Int) {
        (Int(boxoffice_max_x(window)), Int(boxoffice_max_y(window)))
    }

    /// Gives the terminal back: keys typed but not read yet discarded (they were meant for
    /// boxoffice, and must not run as commands in the shell), mouse reporting off, `endwin`
    /// (cursor shown, modes restored, main screen back), signal handlers as they were.
    /// Idempotent; also run on deinit.
    public func stop() {
        guard !isStopped else { return }
        isStopped = true
        flushinp()
        mousemask(0, nil)
        endwin()
        if guardsSignals { SignalGuard.uninstall() }
        delscreen(screen)
        fclose(input)
        fclose(output)
        Terminal.running.store(false, ordering: .releasing)
    }

    deinit {
        stop()
    }

    /// UTF-8 is required for Korean text: take the user's locale, and if its character set is
    /// not UTF-8, use C.UTF-8 for character handling.
    private static func prepareLocale() {
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// The wake-up pipe and stdio streams over the descriptors; on failure every descriptor is closed.
    private static func openStreams(inputFD: Int32, outputFD: Int32) throws(TerminalError)
        -> (waker: Waker, input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>)
    {
        let waker: Waker
        do {
            waker = try Waker()
        } catch {
            close(inputFD)
            close(outputFD)
            throw error
        }
        guard let input = fdopen(inputFD, "r") else {
            let failure = errno
            close(inputFD)
            close(outputFD)
            throw .cannotOpenStreams(errno: failure)
        }
        guard let output = fdopen(outputFD, "w") else {
            let failure = errno
            fclose(input)
            close(outputFD)
            throw .cannotOpenStreams(errno: failure)
        }
        return (waker, input, output)
    }

    private static func configureInput(_ window: UnsafeMutablePointer<WINDOW>) {
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        nodelay(window, true)
        set_escdelay(Self.escapeDelayMilliseconds)
        mouseinterval(0)
        mousemask(boxoffice_button1_pressed() | boxoffice_button1_clicked() | boxoffice_wheel_up() | boxoffice_wheel_down(), nil)
        curs_set(0)
    }

    private static func colorEnvironment() -> [String: String] {
        getenv("NO_COLOR").map { ["NO_COLOR": String(cString: $0)] } ?? [:]
    }
}
