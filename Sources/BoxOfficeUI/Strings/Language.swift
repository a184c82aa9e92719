/// The language every screen, message, help text and command output is written in.
///
/// Chosen once at start (`--lang`, else the environment) and carried in the state, so
/// rendering never reads the environment.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case korean = "ko"

    /// The values `--lang` takes, in the order help lists them.
    public static let codes = allCases.map(\.rawValue)

    /// The language `--lang VALUE` names, or nil for anything else.
    public init?(code: String) {
        self.init(rawValue: code.lowercased())
    }

    /// The language the locale environment asks for, in POSIX order: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty decides. `ko`, `ko_KR` and
    /// `ko_KR.UTF-8` (any territory, codeset or modifier) are Korean; anything else,
    /// `C` and `POSIX` included, is English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let setting else { return .english }
        let language = setting.prefix { $0 != "_" && $0 != "." && $0 != "@" }
        return language.lowercased() == "ko" ? .korean : .english
    }

    /// `--lang` when given, else the environment's choice. An unknown `--lang` value is
    /// refused with the choices, in the language of the environment.
    public static func choose(flag: String?, environment: [String: String]) throws(UnknownLanguage) -> Language {
        guard let flag else { return fromEnvironment(environment) }
        guard let language = Language(code: flag) else {
            throw UnknownLanguage(value: flag, explainedIn: fromEnvironment(environment))
        }
        return language
    }
}

/// A `--lang` value that names no language boxoffice speaks.
public struct UnknownLanguage: Error, Sendable, Equatable, CustomStringConvertible {
    /// The value as given.
    public let value: String
    /// The language the refusal is written in.
    public let explainedIn: Language

    /// The refusal, listing the choices.
    public var description: String {
        explainedIn.text(CommandKey.unknownLanguage, value, Language.codes.joined(separator: ", "))
    }
}
