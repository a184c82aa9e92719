import AsyncHTTPClient
import BookingEngine
import BoxOfficeAPI
import BoxOfficeUI
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization

/// Requests to one `boxoffice serve`, retried until they get an answer.
///
/// A request that fails on the way (no connection, a timeout, the server restarting, a
/// 502/503/504 or a rate limit) is sent again after a short wait, unchanged: the same
/// `Idempotency-Key` for payments and top-ups, so a request whose answer was lost is
/// answered, not carried out twice. While requests fail, the listener hears
/// `connectionLost`, and `connectionRestored` once one gets through.
final class ServerConnection: Sendable {
    let base: String
    private let http: HTTPClient
    private let state = Mutex(State())

    private struct State {
        var listener: (@Sendable (ClientNotice) -> Void)?
        var lost = false
    }

    /// The longest wait for an answer's head before trying again.
    static let answerTimeout: TimeAmount = .seconds(10)
    /// The longest pause between tries.
    static let longestPause: Duration = .seconds(2)

    init(base: String) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        http = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: HTTPClient.Configuration(timeout: .init(connect: .seconds(2), read: .seconds(30))))
    }

    /// Sets who hears about the connection.
    func listen(_ listener: @escaping @Sendable (ClientNotice) -> Void) {
        state.withLock { $0.listener = listener }
    }

    /// One answer from the server. `retrying` false sends once (for requests that must
    /// not be repeated blindly, such as a sign-up, whose key is shown only once).
    func send(
        _ method: HTTPMethod, _ path: String, credential: Credential? = nil, body: (any Encodable)? = nil,
        idempotencyKey: IdempotencyKey? = nil, retrying: Bool = true
    ) async throws(BookingError) -> Answer {
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        if let credential { request.headers.add(name: "Authorization", value: credential.authorization) }
        if let idempotencyKey { request.headers.add(name: "Idempotency-Key", value: idempotencyKey.value) }
        if let body {
            guard let data = try? JSONEncoder().encode(body) else { throw .invalidRequest(.requestNotWritten) }
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: data))
        }
        var pause: Duration = .milliseconds(250)
        while true {
            let outcome = await attempt(request)
            switch outcome {
            case .answer(let answer):
                notify(lost: false, reason: .failed)
                return answer
            case .retryAfter(let wait, let reason):
                guard retrying else { throw .invalidRequest(.serverDidNotAnswer) }
                notify(lost: true, reason: reason)
                do { try await Task.sleep(for: wait ?? pause) } catch { throw .invalidRequest(.cancelled) }
                pause = min(pause * 2, Self.longestPause)
            }
        }
    }

    /// A server's answer: its status and body.
    struct Answer: Sendable {
        let status: Int
        let body: Data

        /// The body as `T`, or a storage failure when the server sent something else.
        func decode<T: Decodable>(_ type: T.Type) throws(BookingError) -> T {
            guard let value = try? JSONDecoder().decode(T.self, from: body) else {
                throw .storageFailure(.answerUnreadable)
            }
            return value
        }

        /// The engine error of an error answer.
        var failure: BookingError {
            (try? JSONDecoder().decode(ErrorBody.self, from: body))?.engineValue
                ?? .storageFailure(.answerWithoutReason(status: status))
        }
    }

    private enum Outcome {
        case answer(Answer)
        case retryAfter(Duration?, reason: ConnectionProblem)
    }

    private func attempt(_ request: HTTPClientRequest) async -> Outcome {
        do {
            let response = try await http.execute(request, timeout: Self.answerTimeout)
            let bytes = try await response.body.collect(upTo: 64 << 20)
            let status = Int(response.status.code)
            let wait = response.headers.first(name: "Retry-After").flatMap(Int.init).map { Duration.seconds(max(1, min($0, 60))) }
            switch status {
            case 429: return .retryAfter(wait, reason: .slowDown)
            case 502, 504: return .retryAfter(wait, reason: .unreachable)
            case 503: return .retryAfter(wait, reason: .busy)
            default: return .answer(Answer(status: status, body: Data(bytes.readableBytesView)))
            }
        } catch {
            return .retryAfter(nil, reason: Self.describe(error))
        }
    }

    private func notify(lost: Bool, reason: ConnectionProblem) {
        let listener = state.withLock { state -> (@Sendable (ClientNotice) -> Void)? in
            guard state.lost != lost || lost else { return nil }
            state.lost = lost
            return state.listener
        }
        listener?(lost ? .connectionLost(reason: reason) : .connectionRestored)
    }

    /// Why a request did not get through.
    static func describe(_ error: any Error) -> ConnectionProblem {
        let text = String(describing: error).lowercased()
        if text.contains("timeout") || text.contains("deadline") { return .noAnswer }
        if text.contains("refused") { return .notRunning }
        return .failed
    }

    /// Streams the server's change events to `onChange` until the stream ends or fails.
    func streamChanges(_ onChange: @Sendable () -> Void) async throws {
        var request = HTTPClientRequest(url: base + "/events")
        request.headers.add(name: "Accept", value: "text/event-stream")
        let response = try await http.execute(request, timeout: Self.answerTimeout)
        guard response.status == .ok else { return }
        var pending = ""
        for try await chunk in response.body {
            pending += String(buffer: chunk)
            while let end = pending.range(of: "\n\n") {
                let event = pending[..<end.lowerBound]
                pending = String(pending[end.upperBound...])
                if event.split(separator: "\n").contains("event: change") { onChange() }
            }
        }
    }

    deinit {
        try? http.syncShutdown()
    }
}
