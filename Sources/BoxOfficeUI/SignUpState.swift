/// The first screen of a client of a server that has no key for it yet: the buyer picks a
/// name and gets a key, which the caller keeps. Changed only by `reduceSignUp`, drawn by
/// `renderSignUp`.
public struct SignUpState: Sendable {
    /// Where the key will come from, as the buyer typed it (`--server`).
    public let server: String
    /// The name as typed.
    public internal(set) var name: String
    /// Whether the sign-up request is in flight.
    public internal(set) var sending = false
    /// What went wrong with the last try, in the server's words.
    public internal(set) var problem: String?
    /// The name and key the server gave, once signed up: the caller saves them and moves on.
    public internal(set) var signedUp: (name: String, key: String)?
    /// Set when the buyer gave up (Esc, Ctrl-C or the terminal going away).
    public internal(set) var cancelled = false
    public internal(set) var width: Int
    public internal(set) var height: Int
    /// The language of the screen, chosen once at start.
    public let language: Language

    /// The longest name the engine takes, in characters.
    static let longestName = 32

    public init(server: String, suggestedName: String, width: Int, height: Int, language: Language = .english) {
        self.server = server
        self.language = language
        name = String(suggestedName.prefix(Self.longestName))
        self.width = width
        self.height = height
    }
}

/// Something that happened on the sign-up screen.
public enum SignUpAction: Sendable, Equatable {
    case input(InputEvent)
    /// The server made the buyer; `name` as stored (NFC), `key` shown only now.
    case signedUp(name: String, key: String)
    /// The server refused, or could not be reached.
    case failed(String)
}

/// Applies `action`; returns the name to sign up with when the buyer asked for it.
public func reduceSignUp(_ state: inout SignUpState, _ action: SignUpAction) -> String? {
    switch action {
    case .signedUp(let name, let key):
        state.sending = false
        state.signedUp = (name, key)
        return nil
    case .failed(let message):
        state.sending = false
        state.problem = message
        return nil
    case .input(.terminate), .input(.key(.escape)), .input(.key(.control("c"))):
        state.cancelled = true
        return nil
    case .input(.resize(let width, let height)):
        state.width = width
        state.height = height
        return nil
    case .input(.key(.enter)):
        guard !state.sending, !state.name.isEmpty else { return nil }
        state.sending = true
        state.problem = nil
        return state.name
    case .input(.key(.backspace)):
        if !state.sending, !state.name.isEmpty { state.name.removeLast() }
        return nil
    case .input(.key(.control("u"))):
        if !state.sending { state.name = "" }
        return nil
    case .input(.key(.character(let character))):
        if !state.sending, state.name.count < SignUpState.longestName { state.name.append(character) }
        return nil
    case .input:
        return nil
    }
}
