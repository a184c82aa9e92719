import BookingEngine
import BoxOfficeUI

/// A booking error reported on the command line: its message and code on stderr, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let error: BookingError

    init(_ error: BookingError) {
        self.error = error
    }

    var description: String { "\(CommandLanguage.current.message(for: error)) [\(error.code)]" }
}

/// A failure explained in one sentence on stderr, in the run's language, with a stable code
/// for `--json`; exit status 1.
struct ExitMessage: Error, CustomStringConvertible {
    let key: CommandKey
    let arguments: [String]
    let code: String

    init(_ key: CommandKey, _ arguments: any CustomStringConvertible..., code: String) {
        self.key = key
        self.arguments = arguments.map(\.description)
        self.code = code
    }

    /// The sentence in `language`.
    func text(in language: Language) -> String {
        Language.fill(language.template(key), with: arguments)
    }

    var description: String { text(in: CommandLanguage.current) }
}
