import BookingEngine
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// Pushes "something changed" to clients as server-sent events (`GET /events`), so that
/// seat maps and places in line update without polling. While anyone listens, it reads
/// the engine's change mark every `interval`, which sees every process's changes to the
/// database, and tells every listener when it moved. Listeners reload what they show;
/// the event carries no buyer's data.
final class ChangeWatcher: Service, Sendable {
    private let engine: BookingEngine
    private let interval: Duration
    private let heartbeat: Duration
    private let listeners = Mutex<Listeners>(Listeners())
    /// The change mark listeners were last told about.
    private let lastMark = Mutex<Int64?>(nil)

    private struct Listeners {
        var next = 0
        var continuations: [Int: AsyncStream<Int64>.Continuation] = [:]
    }

    init(engine: BookingEngine, interval: Duration = .milliseconds(200), heartbeat: Duration = .seconds(15)) {
        self.engine = engine
        self.interval = interval
        self.heartbeat = heartbeat
    }

    /// Watches until the server shuts down, then ends every stream. With a store that
    /// signals changes (PostgreSQL's LISTEN/NOTIFY), a signal wakes it at once and polling
    /// slows to `fallbackInterval`; signals that come within one `interval` make one read.
    func run() async throws {
        let first = try? await engine.changeMark()
        lastMark.withLock { $0 = first }
        let signals = engine.changeSignals()
        let woken = signals.map { signals in
            Task { [self] in
                for await _ in signals {
                    try? await Task.sleep(for: interval)
                    await check()
                }
            }
        }
        defer { woken?.cancel() }
        let pause = signals == nil ? interval : max(interval, Self.fallbackInterval)
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await Task.sleep(for: pause)
            await check()
        }
        listeners.withLock { $0.continuations.values.forEach { $0.finish() } }
    }

    /// How often a watcher woken by signals still polls, in case a signal was lost.
    static let fallbackInterval: Duration = .seconds(2)

    /// Reads the change mark and tells every listener when it moved since the last time.
    private func check() async {
        guard listeners.withLock({ !$0.continuations.isEmpty }), let mark = try? await engine.changeMark() else { return }
        let moved = lastMark.withLock { last in
            guard mark != last else { return false }
            last = mark
            return true
        }
        if moved { listeners.withLock { $0.continuations.values.forEach { $0.yield(mark) } } }
    }

    /// Writes the event stream of one listener: the mark now, then each change, with a
    /// comment line every `heartbeat` so that proxies and clients see the line is alive.
    func stream(to writer: inout any ResponseBodyWriter) async throws {
        let (marks, continuation) = AsyncStream.makeStream(of: Int64.self, bufferingPolicy: .bufferingNewest(8))
        let id = listeners.withLock { listeners in
            listeners.next += 1
            listeners.continuations[listeners.next] = continuation
            return listeners.next
        }
        defer { _ = listeners.withLock { $0.continuations.removeValue(forKey: id) } }
        let beat = Task { [heartbeat] in
            while !Task.isCancelled {
                try await Task.sleep(for: heartbeat)
                continuation.yield(-1)
            }
        }
        defer { beat.cancel() }
        if let mark = try? await engine.changeMark() { try await writer.write(Self.event(mark)) }
        for await mark in marks.cancelOnGracefulShutdown() {
            try await writer.write(mark < 0 ? ByteBuffer(string: ": alive\n\n") : Self.event(mark))
        }
        try await writer.finish(nil)
    }

    private static func event(_ mark: Int64) -> ByteBuffer {
        ByteBuffer(string: "event: change\ndata: {\"mark\":\(mark)}\n\n")
    }
}
