import ArgumentParser
import BookingEngine
import BoxOfficeUI
import Foundation

/// How a command's failure reaches the person or script that ran it: a sentence on stderr,
/// or with `--json` one JSON object on stderr, `{"error":{"code":…,"message":…}}`; the exit
/// status is 1 for refusals and 64 for bad arguments either way. The sentence is in the run's
/// language; JSON stays language-neutral, its message in English (a bad argument's message
/// is the parser's, in the run's language).
enum CommandErrors {
    /// Whether the command line asks for JSON (before any `--`), for errors found before
    /// the command itself was parsed.
    static func asksForJSON(_ arguments: [String]) -> Bool {
        arguments.prefix { $0 != "--" }.contains("--json")
    }

    /// Reports `error` and ends the process.
    static func exit(with error: any Error, json: Bool) -> Never {
        let language = CommandLanguage.current
        if error is ExitCode || BoxOffice.exitCode(for: error) == .success {
            let text = BoxOffice.fullMessage(for: error, columns: ParserText.unwrappedWidth)
            if language != .english, ParserText.isHelp(text) {
                print(ParserText.help(text, in: language, width: HelpWidth.current))
                Foundation.exit(0)
            }
            BoxOffice.exit(withError: error)
        }
        let report = self.report(for: error, in: json ? .english : language)
        let text: String
        if json {
            text = (try? JSONFormat.line(Report(error: report))) ?? "{\"error\":{\"code\":\"\(report.code)\"}}"
        } else if error is CommandFailure || error is ExitMessage {
            text = say(.errorPrefix) + PrintableText.escaped(String(describing: error))
        } else if language != .english {
            let parserText = BoxOffice.fullMessage(for: error, columns: ParserText.unwrappedWidth)
            text = PrintableText.escaped(ParserText.usageError(parserText, in: language, width: HelpWidth.current))
        } else {
            text = PrintableText.escaped(BoxOffice.fullMessage(for: error))
        }
        FileHandle.standardError.write(Data((text + "\n").utf8))
        Foundation.exit(report.status)
    }

    /// What a script reads from a failure.
    struct Details: Encodable {
        let code: String
        let message: String
        var status: Int32 = 1

        enum CodingKeys: String, CodingKey { case code, message }
    }

    private struct Report: Encodable {
        let error: Details
    }

    private static func report(for error: any Error, in language: Language) -> Details {
        switch error {
        case let failure as CommandFailure:
            Details(code: failure.error.code, message: language.message(for: failure.error))
        case let message as ExitMessage:
            Details(code: message.code, message: message.text(in: language))
        default:
            Details(code: "INVALID_ARGUMENTS", message: BoxOffice.message(for: error), status: BoxOffice.exitCode(for: error).rawValue)
        }
    }
}
