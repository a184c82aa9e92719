import BoxOfficeUI
import Foundation

/// The language of this run: `--lang en|ko` anywhere before `--`, else the locale
/// environment (`LC_ALL`, `LC_MESSAGES`, `LANG`). Decided before the command line is
/// parsed, so that help, refusals and results all speak it.
enum CommandLanguage {
    /// The arguments without `--lang` and its value, and the value given, if any.
    static func split(_ arguments: [String]) -> (arguments: [String], flag: String?) {
        var kept: [String] = []
        var flag: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                kept += arguments[index...]
                break
            }
            if argument == "--lang" {
                flag = index + 1 < arguments.count ? arguments[index + 1] : ""
                index += 2
                continue
            }
            if argument.hasPrefix("--lang=") {
                flag = String(argument.dropFirst("--lang=".count))
            } else {
                kept.append(argument)
            }
            index += 1
        }
        return (kept, flag)
    }

    /// The language this process speaks; an unknown `--lang` leaves it at the environment's
    /// choice, in which `main` refuses the value.
    static let current: Language = {
        let environment = ProcessInfo.processInfo.environment
        let flag = split(Array(CommandLine.arguments.dropFirst())).flag
        return (try? Language.choose(flag: flag, environment: environment)) ?? Language.fromEnvironment(environment)
    }()
}

/// Text in this run's language.
func say(_ key: CommandKey, _ arguments: any CustomStringConvertible...) -> String {
    Language.fill(CommandLanguage.current.template(key), with: arguments.map(\.description))
}

/// Help text in this run's language.
func about(_ key: CommandHelpKey, _ arguments: any CustomStringConvertible...) -> String {
    Language.fill(CommandLanguage.current.template(key), with: arguments.map(\.description))
}

/// An option's `--help` line in this run's language.
func option(_ key: OptionHelpKey) -> String {
    CommandLanguage.current.template(key)
}

/// A report line in this run's language.
func report(_ key: ReportKey, _ arguments: any CustomStringConvertible...) -> String {
    Language.fill(CommandLanguage.current.template(key), with: arguments.map(\.description))
}
