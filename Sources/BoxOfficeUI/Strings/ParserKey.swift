/// swift-argument-parser's own words: the headings and standard flags of `--help`, and its
/// usage errors. The English templates are the parser's text exactly (they are how its
/// messages are recognised, see `Language.parserMessage`); the Korean ones are what a
/// Korean run prints instead.
public enum ParserKey: String, CatalogKey {
    // Help
    case overview, usage, arguments, options, subcommands, defaultSubcommand, subcommandValue, optionsValue, seeSubcommandHelp
    case helpFlag, versionFlag, defaultValue
    // Usage errors, the more specific before the more general
    case errorPrefix, helpLine, usageLine, seeHelp
    case unknownOptionDidYouMean, unknownOption, orMissingValueIn, missingValue, unexpectedArgument, unexpectedArguments
    case missingArgument, missingOneOf, missingSubcommand, invalidOption, optionTakesNoValue, alreadySet
    case invalidValueChoices, invalidValueBecause, invalidValue, invalidValueNoName
}

extension Language {
    /// The parser's usage-error keys, in the order they are tried.
    static let parserMessages: [ParserKey] = [
        .unknownOptionDidYouMean, .unknownOption, .orMissingValueIn, .missingValue, .unexpectedArgument, .unexpectedArguments,
        .missingArgument, .missingOneOf, .missingSubcommand, .invalidOption, .optionTakesNoValue, .alreadySet,
        .invalidValueChoices, .invalidValueBecause, .invalidValue, .invalidValueNoName,
    ]

    /// One line of a swift-argument-parser usage error in this language: the first English
    /// template it matches, refilled in this language with the same values. A line that
    /// matches none (one of our own refusals, already in this language) is returned as is.
    public func parserMessage(_ line: String) -> String {
        guard self != .english else { return line }
        for key in Self.parserMessages {
            if let values = Self.values(of: line, matching: key.english) {
                return Self.fill(template(key), with: values)
            }
        }
        return line
    }

    /// The values `{0}`, `{1}`, … stand for when `line` is `template` filled in; nil when
    /// it is not.
    static func values(of line: String, matching template: String) -> [String]? {
        var pattern = "^"
        var order: [Int] = []
        var rest = Substring(template)
        while let match = rest.firstMatch(of: /\{(\d+)\}/) {
            pattern += literal(rest[..<match.range.lowerBound])
            pattern += "(.*?)"
            order.append(Int(match.output.1) ?? 0)
            rest = rest[match.range.upperBound...]
        }
        pattern += literal(rest) + "$"
        guard let regex = try? Regex<AnyRegexOutput>(pattern).dotMatchesNewlines(), let found = line.wholeMatch(of: regex) else {
            return nil
        }
        var values = Array(repeating: "", count: (order.max() ?? -1) + 1)
        for (capture, number) in order.enumerated() {
            values[number] = found.output[capture + 1].substring.map(String.init) ?? ""
        }
        return values
    }
}

/// `text` as a regular expression that matches it literally.
private func literal(_ text: some StringProtocol) -> String {
    var result = ""
    for character in text {
        if "\\^$.|?*+()[]{}/-".contains(character) { result.append("\\") }
        result.append(character)
    }
    return result
}
