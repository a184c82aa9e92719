import BookingEngine

/// A booking error reported on the command line: its message and code on stderr, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let error: BookingError

    init(_ error: BookingError) {
        self.error = error
    }

    var description: String { "\(error.message) [\(error.code)]" }
}

/// A failure explained in one sentence on stderr, with a stable code for `--json`; exit status 1.
struct ExitMessage: Error, CustomStringConvertible {
    let description: String
    let code: String

    init(_ description: String, code: String) {
        self.description = description
        self.code = code
    }
}
