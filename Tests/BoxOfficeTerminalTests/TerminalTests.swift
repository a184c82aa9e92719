@testable import BoxOfficeTerminal
import BoxOfficeUI
import CNcursesw
import Glibc
import Testing

/// Tests against real ncurses state. ncurses is global, so they run one at a time.
@Suite(.serialized) struct TerminalTests {
    @Test func drawsKoreanTextAtItsColumns() throws {
        let headless = try HeadlessTerminal(width: 20, height: 3)
        var screen = Screen(width: 20, height: 3)
        screen.put("아이유 A1", x: 2, y: 1, role: .mine)
        headless.terminal.draw(screen)
        #expect(headless.row(1) == "  아이유 A1" + String(repeating: " ", count: 9))
        #expect(headless.cell(x: 2, y: 1).text == "아")
        #expect(headless.cell(x: 4, y: 1).text == "이")
        #expect(headless.cell(x: 6, y: 1).text == "유")
        #expect(headless.cell(x: 9, y: 1).text == "A")
    }

    @Test func colorRolesUseTheirPairAndAttributes() throws {
        let headless = try HeadlessTerminal(width: 10, height: 1, color: true)
        #expect(headless.terminal.usesColor)
        var screen = Screen(width: 10, height: 1)
        screen.put("M", x: 0, y: 0, role: .mine)
        screen.put("S", x: 1, y: 0, role: .sold)
        headless.terminal.draw(screen)
        let mine = headless.cell(x: 0, y: 0)
        #expect(mine.pair == Terminal.pair(for: .mine))
        #expect(HeadlessTerminal.styleBits(mine.attributes) == boxoffice_a_bold() | boxoffice_a_underline())
        #expect(headless.cell(x: 1, y: 0).pair == Terminal.pair(for: .sold))
        #expect(headless.cell(x: 2, y: 0).pair == Terminal.pair(for: .normal))
    }

    @Test func monochromeRolesUseAttributesOnly() throws {
        let headless = try HeadlessTerminal(width: 10, height: 1, color: false)
        #expect(!headless.terminal.usesColor)
        var screen = Screen(width: 10, height: 1)
        let roles: [StyleRole] = [.available, .heldByOthers, .sold, .mine, .selected, .cursor]
        for (x, role) in roles.enumerated() { screen.put("x", x: x, y: 0, role: role) }
        headless.terminal.draw(screen)
        let cells = roles.indices.map { headless.cell(x: $0, y: 0) }
        #expect(cells.allSatisfy { $0.pair == 0 })
        #expect(Set(cells.map { HeadlessTerminal.styleBits($0.attributes) }).count == roles.count)
        #expect(HeadlessTerminal.styleBits(cells[2].attributes) == boxoffice_a_dim() | boxoffice_a_underline())
    }

    @Test func anIdenticalFrameWritesNothing() throws {
        let headless = try HeadlessTerminal(width: 10, height: 2)
        var screen = Screen(width: 10, height: 2)
        screen.put("아이유", x: 0, y: 0)
        headless.terminal.draw(screen)
        mvwaddstr(headless.terminal.window, 1, 0, "marker")
        headless.terminal.draw(screen)
        #expect(headless.row(1).hasPrefix("marker"))
        screen.put("Z", x: 0, y: 1)
        headless.terminal.draw(screen)
        #expect(headless.row(1) == "Zarker    ")
    }

    @Test func wideCharacterOverwrittenByNarrowText() throws {
        let headless = try HeadlessTerminal(width: 6, height: 1)
        var screen = Screen(width: 6, height: 1)
        screen.put("아이", x: 0, y: 0)
        headless.terminal.draw(screen)
        var next = Screen(width: 6, height: 1)
        next.put("ab", x: 1, y: 0)
        headless.terminal.draw(next)
        #expect(headless.row(0) == " ab   ")
    }

    @Test func cursorIsPlacedWhereTheScreenAsks() throws {
        let headless = try HeadlessTerminal(width: 10, height: 3)
        var screen = Screen(width: 10, height: 3)
        screen.cursor = (4, 2)
        headless.terminal.draw(screen)
        #expect(getcurx(headless.terminal.window) == 4)
        #expect(getcury(headless.terminal.window) == 2)
        #expect(headless.terminal.cursorVisible == true)
        screen.cursor = nil
        headless.terminal.draw(screen)
        #expect(headless.terminal.cursorVisible == false)
    }

    @Test func typedKeysBecomeEvents() throws {
        let headless = try HeadlessTerminal()
        headless.type("\u{1b}OA아\u{3}q\u{7f}\r\u{1b}[Z\u{1b}OP\u{1b}[3~")
        let events = headless.terminal.nextEvents(timeout: .seconds(5))
        #expect(events == [
            .key(.up), .key(.character("아")), .key(.control("c")), .key(.character("q")),
            .key(.backspace), .key(.enter), .key(.backTab), .key(.function(1)), .key(.delete),
        ])
    }

    @Test func aLoneEscapeIsTheEscapeKey() throws {
        let headless = try HeadlessTerminal()
        headless.type("\u{1b}")
        #expect(headless.terminal.nextEvents(timeout: .seconds(5)) == [.key(.escape)])
    }

    @Test func mouseClickReportsTheCell() throws {
        let headless = try HeadlessTerminal()
        headless.type("\u{1b}[<0;6;3M\u{1b}[<0;6;3m")
        #expect(headless.terminal.nextEvents(timeout: .seconds(5)) == [.click(x: 5, y: 2)])
    }

    @Test func theMouseWheelScrolls() throws {
        let headless = try HeadlessTerminal()
        headless.type("\u{1b}[<64;6;3M")
        #expect(headless.terminal.nextEvents(timeout: .seconds(5)) == [.scroll(lines: -1)])
        headless.type("\u{1b}[<65;6;3M")
        #expect(headless.terminal.nextEvents(timeout: .seconds(5)) == [.scroll(lines: 1)])
    }

    @Test func resizeIsReportedOnceWithTheNewSize() throws {
        let headless = try HeadlessTerminal(width: 40, height: 6)
        resizeterm(8, 50)
        #expect(headless.terminal.size == (50, 8))
        ungetch(KEY_RESIZE)
        #expect(headless.terminal.nextEvents(timeout: .zero) == [.resize(width: 50, height: 8)])
    }

    @Test func wakeReturnsAnEmptyBatchAtOnce() async throws {
        let headless = try HeadlessTerminal()
        let waker = headless.terminal.waker
        await Task.detached { waker.wake() }.value
        let clock = ContinuousClock()
        let started = clock.now
        #expect(headless.terminal.nextEvents(timeout: .seconds(30)).isEmpty)
        #expect(clock.now - started < .seconds(10))
    }

    @Test func timeoutReturnsEmptyAfterTheDeadline() throws {
        let headless = try HeadlessTerminal()
        let clock = ContinuousClock()
        let started = clock.now
        #expect(headless.terminal.nextEvents(timeout: .milliseconds(20)).isEmpty)
        #expect(clock.now - started >= .milliseconds(20))
    }

    @Test func lostTerminalIsReportedAsTerminate() throws {
        let headless = try HeadlessTerminal()
        headless.hangUp()
        #expect(headless.terminal.nextEvents(timeout: .seconds(5)) == [.terminate])
    }

    /// The test runner blocks SIGINT and SIGTERM on its threads; unblock them on this one so
    /// `raise` reaches the handler synchronously.
    @Test func signalsBecomeEventsAndHandlersAreRestored() throws {
        var signals = sigset_t()
        var previousMask = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, &previousMask)
        defer { pthread_sigmask(SIG_SETMASK, &previousMask, nil) }
        var before = sigaction()
        sigaction(SIGTERM, nil, &before)
        do {
            let headless = try HeadlessTerminal(guardsSignals: true)
            raise(SIGTERM)
            #expect(headless.terminal.nextEvents(timeout: .seconds(5)) == [.terminate])
            raise(SIGINT)
            #expect(headless.terminal.nextEvents(timeout: .seconds(5)) == [.key(.control("c"))])
        }
        var after = sigaction()
        sigaction(SIGTERM, nil, &after)
        #expect(after.__sigaction_handler.sa_handler.map { unsafeBitCast($0, to: Int.self) }
            == before.__sigaction_handler.sa_handler.map { unsafeBitCast($0, to: Int.self) })
    }

    @Test func stopIsIdempotentAndOneTerminalRunsAtATime() throws {
        let headless = try HeadlessTerminal()
        #expect(throws: TerminalError.alreadyRunning) { _ = try HeadlessTerminal() }
        headless.terminal.stop()
        headless.terminal.stop()
        #expect(headless.terminal.nextEvents(timeout: nil).isEmpty)
        let next = try HeadlessTerminal()
        #expect(next.terminal.size == (40, 6))
    }
}
