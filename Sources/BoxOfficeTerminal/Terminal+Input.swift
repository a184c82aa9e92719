import BoxOfficeUI
import CNcursesw
import Glibc

extension Terminal {
    /// Waits for input and returns what happened, in order.
    ///
    /// Blocks (in `poll(2)`, no CPU) until there is terminal input, a `waker.wake()`, a signal
    /// (SIGINT → `.key(.control("c"))`, SIGTERM/SIGHUP/SIGQUIT → `.terminate`, SIGWINCH → `.resize`), or
    /// `timeout` passes (`nil` waits forever). Input already buffered is returned at once.
    /// Returns every event available without waiting further; the result is empty after a
    /// timeout, a bare wake-up, or input that maps to no key. Resizes are coalesced into one
    /// `.resize` with the new size, already applied to ncurses. A lost terminal (input hang-up)
    /// is reported as `.terminate`. After `stop()` it returns `[]` at once.
    public func nextEvents(timeout: Duration?) -> [InputEvent] {
        guard !isStopped else { return [] }
        let events = availableEvents()
        if !events.isEmpty { return events }
        let deadline = timeout.map { ContinuousClock.now + $0 }
        while true {
            let outcome = waitForInput(until: deadline)
            let woken = waker.drain()
            var events = availableEvents()
            if outcome == .hungUp { events.append(.terminate) }
            if !events.isEmpty || woken || outcome != .interrupted { return events }
        }
    }

    private enum WaitOutcome { case ready, timedOut, interrupted, hungUp }

    private func waitForInput(until deadline: ContinuousClock.Instant?) -> WaitOutcome {
        var descriptors = [
            pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0),
            pollfd(fd: waker.readFD, events: Int16(POLLIN), revents: 0),
        ]
        let result = poll(&descriptors, nfds_t(descriptors.count), Terminal.milliseconds(until: deadline))
        if result < 0 { return .interrupted }
        if result == 0 { return .timedOut }
        let failure = Int16(POLLHUP) | Int16(POLLERR) | Int16(POLLNVAL)
        let inputReady = descriptors[0].revents & Int16(POLLIN) != 0
        return descriptors[0].revents & failure != 0 && !inputReady ? .hungUp : .ready
    }

    /// The poll timeout for `deadline`, rounded up so a wake-up never comes before it.
    static func milliseconds(until deadline: ContinuousClock.Instant?) -> Int32 {
        guard let deadline else { return -1 }
        let remaining = ContinuousClock.now.duration(to: deadline)
        if remaining <= .zero { return 0 }
        let (seconds, attoseconds) = remaining.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }

    /// Everything ncurses and the signal guard hold right now, without waiting.
    private func availableEvents() -> [InputEvent] {
        var events: [InputEvent] = []
        let signals = SignalGuard.takePending()
        if signals.contains(.resize) { appendResize(to: &events, applyingKernelSize: true) }
        var value: wint_t = 0
        while true {
            let status = wget_wch(window, &value)
            if status == ERR { break }
            if status == KEY_CODE_YES {
                appendKeyCode(Int32(value), to: &events)
            } else if let key = KeyDecoder.key(forCharacter: UInt32(value)) {
                KeyDecoder.append(key, to: &events)
            }
        }
        if signals.contains(.interrupt) { events.append(.key(.control("c"))) }
        if signals.contains(.termination) { events.append(.terminate) }
        return events
    }

    private func appendKeyCode(_ code: Int32, to events: inout [InputEvent]) {
        switch code {
        case KEY_RESIZE:
            appendResize(to: &events, applyingKernelSize: false)
        case KEY_MOUSE:
            var mouse = MEVENT()
            guard getmouse(&mouse) == OK else { return }
            if mouse.bstate & (boxoffice_button1_pressed() | boxoffice_button1_clicked()) != 0 {
                events.append(.click(x: Int(mouse.x), y: Int(mouse.y)))
            } else if mouse.bstate & boxoffice_wheel_up() != 0 {
                events.append(.scroll(lines: -1))
            } else if mouse.bstate & boxoffice_wheel_down() != 0 {
                events.append(.scroll(lines: 1))
            }
        default:
            if let key = KeyDecoder.key(forKeyCode: code) { events.append(.key(key)) }
        }
    }

    /// Appends one `.resize` with the current size, replacing any earlier one in `events`.
    /// After SIGWINCH the kernel's window size is applied to ncurses first.
    private func appendResize(to events: inout [InputEvent], applyingKernelSize: Bool) {
        if applyingKernelSize {
            var windowSize = winsize()
            if ioctl(outputFD, UInt(TIOCGWINSZ), &windowSize) == 0, windowSize.ws_row > 0, windowSize.ws_col > 0 {
                resizeterm(Int32(windowSize.ws_row), Int32(windowSize.ws_col))
            }
        }
        events.removeAll { if case .resize = $0 { true } else { false } }
        let (width, height) = size
        events.append(.resize(width: width, height: height))
        previousFrame = nil
    }
}
