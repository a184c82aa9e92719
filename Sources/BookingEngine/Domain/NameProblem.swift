/// Why a buyer's name cannot be used (`INVALID_USER_NAME`): a key that a client words in
/// its reader's language, with what the phrase speaks of. `english` is the phrase for logs
/// and for HTTP clients.
public enum NameProblem: Sendable, Equatable {
    case empty
    /// Longer than `limit` characters.
    case tooLong(limit: Int)
    /// More accents or combining marks than a name may carry.
    case tooManyMarks
    case edgeSpace
    /// Names starting with `@` belong to the box office itself.
    case reserved
    /// A character a name may not hold, as it is written (`'#'`).
    case character(String)
    /// An invisible control or format character.
    case invisibleCharacter
    /// A phrase from elsewhere, shown as it is (a server's own message).
    case said(String)

    /// The key of the problem, as HTTP error bodies carry it in `reason`.
    public var key: String {
        switch self {
        case .empty: "empty"
        case .tooLong: "tooLong"
        case .tooManyMarks: "tooManyMarks"
        case .edgeSpace: "edgeSpace"
        case .reserved: "reserved"
        case .character: "character"
        case .invisibleCharacter: "invisibleCharacter"
        case .said: "said"
        }
    }

    /// The problem as an English phrase, completing "That user name cannot be used: …".
    public var english: String {
        let allowed = "use letters, digits, spaces, '.', '_' or '-'"
        return switch self {
        case .empty: "it is empty"
        case .tooLong(let limit): "it is longer than \(limit) characters"
        case .tooManyMarks: "it has too many accents or combining marks"
        case .edgeSpace: "it starts or ends with a space"
        case .reserved: "names starting with @ are reserved"
        case .character(let character): "it contains \(character); \(allowed)"
        case .invisibleCharacter: "it contains an invisible control character; \(allowed)"
        case .said(let text): text
        }
    }

    /// The problem an HTTP error body names by `key`, with its figures; nil for an unknown key.
    public init?(key: String?, limit: Int64?, character: String?) {
        switch key {
        case "empty": self = .empty
        case "tooLong":
            guard let limit, let count = Int(exactly: limit) else { return nil }
            self = .tooLong(limit: count)
        case "tooManyMarks": self = .tooManyMarks
        case "edgeSpace": self = .edgeSpace
        case "reserved": self = .reserved
        case "character":
            guard let character else { return nil }
            self = .character(character)
        case "invisibleCharacter": self = .invisibleCharacter
        default: return nil
        }
    }
}
