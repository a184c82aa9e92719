import BookingEngine
import BoxOfficeRemote
import BoxOfficeTerminal
import BoxOfficeUI
import Synchronization

/// The sign-up screen's loop, before the client's screens: the buyer picks a name, the
/// server makes them a key. Like `ClientSession`, the one thread that owns the terminal;
/// the request runs in the background and wakes the loop with its answer.
struct SignUpSession {
    let server: String
    let terminal: Terminal
    let language: Language

    /// The name and key the server gave, or nil when the buyer gave up.
    func run(suggestedName: String) -> (name: String, key: String)? {
        let size = terminal.size
        var state = SignUpState(server: server, suggestedName: suggestedName, width: size.width, height: size.height, language: language)
        let answers = Answers()
        var shown: Screen?
        while state.signedUp == nil, !state.cancelled {
            let frame = renderSignUp(state)
            if frame != shown {
                terminal.draw(frame)
                shown = frame
            }
            var actions = terminal.nextEvents(timeout: nil).map(SignUpAction.input)
            actions += answers.drain()
            for action in actions {
                guard let name = reduceSignUp(&state, action) else { continue }
                let waker = terminal.waker
                Task.detached { [server, language] in
                    let answer: SignUpAction
                    do throws(BookingError) {
                        let made = try await SignUp.request(server: server, name: name)
                        answer = .signedUp(name: made.name, key: made.key)
                    } catch {
                        answer = .failed(language.message(for: error))
                    }
                    answers.post(answer)
                    waker.wake()
                }
            }
        }
        return state.signedUp
    }
}

/// The server's answers waiting for the loop, posted from any thread.
private final class Answers: Sendable {
    private let pending = Mutex<[SignUpAction]>([])

    func post(_ action: SignUpAction) {
        pending.withLock { $0.append(action) }
    }

    func drain() -> [SignUpAction] {
        pending.withLock { pending in
            defer { pending = [] }
            return pending
        }
    }
}
