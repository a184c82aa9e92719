import BookingEngine
import BoxOfficeTerminal
import BoxOfficeUI
import Foundation
import Logging
import Synchronization

/// The interactive client's run loop: the one thread that owns the terminal.
///
/// Input, finished calls and the client's notices (connection, others' changes) become
/// actions for `reduce`; the effects it returns run as background tasks that post their
/// result actions back and wake the loop. Between
/// events the loop blocks in `nextEvents` until the state's next deadline (a refresh, a
/// countdown second), so an idle client uses no CPU and redraws only when the screen changed.
final class ClientSession {
    private let client: any BookingClient
    private let runner: EffectRunner
    private let terminal: Terminal
    private let inbox = Inbox()
    private let logger = Logger(label: "boxoffice.client")
    private var state: AppState

    /// A session for `user` through `client`; `qaControls` lets the inspector's QA keys work
    /// (QA and demo databases).
    init(
        client: any BookingClient, scheduler: EngineScheduler?, user: String, qaControls: Bool, terminal: Terminal, language: Language
    ) {
        self.client = client
        self.terminal = terminal
        runner = EffectRunner(client: client, scheduler: scheduler)
        let now = client.now()
        let size = terminal.size
        state = AppState(
            user: user, configuration: client.configuration, now: now,
            utcOffsetMinutes: Self.localUTCOffsetMinutes(at: now), timeZone: Self.buyerTimeZone(), language: language,
            width: size.width, height: size.height, qaControls: qaControls)
    }

    /// Runs until the buyer quits (or the terminal goes away).
    func run() {
        launch(state.start())
        let sharedFileWatch = watchForSharedFileRisk()
        defer { sharedFileWatch?.cancel() }
        let inbox = inbox
        let waker = terminal.waker
        let notices = client.watch { notice in
            inbox.post(.noticed(notice))
            waker.wake()
        }
        defer { notices?.cancel() }
        var shown: Screen?
        while !state.shouldQuit {
            send(.clockTicked(client.now()))
            for action in inbox.drain() { send(action) }
            let frame = render(state, width: state.width, height: state.height)
            if frame != shown {
                terminal.draw(frame)
                shown = frame
            }
            if state.shouldQuit { break }
            let events = terminal.nextEvents(timeout: waitTime())
            for event in events { send(.input(event)) }
        }
    }

    private func send(_ action: AppAction) {
        launch(reduce(&state, action))
    }

    private func launch(_ effects: [Effect]) {
        for effect in effects {
            let runner = runner
            let inbox = inbox
            let waker = terminal.waker
            Task.detached {
                let result = await runner.run(effect)
                inbox.post(result)
                waker.wake()
            }
        }
    }

    /// Checks every 15 s whether another process shares the file on a SQLite version with the
    /// multi-process WAL race; the first time it does, logs it once. It is for operators: the
    /// inspector and `boxoffice status` show it, the buyer's status line does not.
    private func watchForSharedFileRisk() -> Task<Void, Never>? {
        guard let engine = client.localEngine else { return nil }
        let warning = SharedFileWarning(engine: engine, logger: logger)
        return Task.detached {
            while !Task.isCancelled {
                await warning.check()
                try? await Task.sleep(for: .seconds(15))
            }
        }
    }

    /// Time until the state's next deadline; nil (wait for input) when nothing is due.
    private func waitTime() -> Duration? {
        guard let next = state.nextWakeUp else { return nil }
        return max(.zero, next - client.now())
    }

    /// The buyer's IANA zone: `TZ` when it names one (`Asia/Seoul`, `:Asia/Seoul`), else the
    /// system's, else UTC.
    private static func buyerTimeZone() -> String {
        if let variable = ProcessInfo.processInfo.environment["TZ"] {
            let name = variable.hasPrefix(":") ? String(variable.dropFirst()) : variable
            if LocalTime.isKnownZone(name) { return name }
        }
        let system = TimeZone.current.identifier
        return LocalTime.isKnownZone(system) ? system : "UTC"
    }

    private static func localUTCOffsetMinutes(at moment: Timestamp) -> Int {
        var seconds = time_t(moment.milliseconds / 1000)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return Int(parts.tm_gmtoff / 60)
    }
}

/// Results of engine calls waiting for the loop, posted from any thread.
private final class Inbox: Sendable {
    private let actions = Mutex<[AppAction]>([])

    func post(_ action: AppAction) {
        actions.withLock { $0.append(action) }
    }

    func drain() -> [AppAction] {
        actions.withLock { pending in
            defer { pending = [] }
            return pending
        }
    }
}
