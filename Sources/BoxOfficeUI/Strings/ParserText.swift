/// swift-argument-parser's help and usage errors in a language other than English.
///
/// The parser writes English and measures text in characters, so a run in another language
/// asks it for its text unwrapped (`unwrappedWidth`) and passes it through here: headings,
/// standard flags, layout words and usage errors are replaced from `ParserKey`, labels are
/// padded and lines wrapped in terminal columns, as the parser lays out English.
public enum ParserText {
    /// The width to ask the parser for, so that it wraps nothing.
    public static let unwrappedWidth = 10_000
    /// Where the parser starts an option's or subcommand's abstract.
    static let abstractColumn = 26

    /// Whether the parser's text for a clean exit is a help text (not a version, a
    /// completion script or a help dump).
    public static func isHelp(_ parserText: String) -> Bool {
        let usage = ParserKey.usage.english + " "
        return parserText.hasPrefix(ParserKey.overview.english + " ") || parserText.hasPrefix(usage) || parserText.contains("\n" + usage)
    }

    /// The parser's `--help` text, rendered at `unwrappedWidth`, in `language` and wrapped
    /// to `width` columns. English is returned as the parser wrote it.
    public static func help(_ parserText: String, in language: Language, width: Int) -> String {
        guard language != .english else { return parserText }
        var lines: [String] = []
        var inOverview = true
        for line in parserText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let heading = headingKey(line) {
                inOverview = false
                lines.append(language.text(heading))
            } else if line.hasPrefix(ParserKey.overview.english + " ") {
                lines += wrap(language.text(ParserKey.overview) + " " + line.dropFirst(ParserKey.overview.english.count + 1), indent: 0, width: width)
            } else if line.hasPrefix(ParserKey.usage.english + " ") {
                inOverview = false
                let usage = language.text(ParserKey.usage) + " "
                lines += wrap(usage + words(line.dropFirst(ParserKey.usage.english.count + 1), language), indent: TerminalColumns.width(of: usage), width: width)
            } else if let values = Language.values(of: line, matching: ParserKey.seeSubcommandHelp.english) {
                lines += wrap(language.text(ParserKey.seeSubcommandHelp, values[0]), indent: 2, width: width)
            } else if inOverview {
                lines += wrap(line, indent: leadingSpaces(line), width: width)
            } else {
                lines += element(line, language, width: width)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The parser's full message for a usage error, rendered at `unwrappedWidth`, in
    /// `language` and wrapped to `width` columns. English is returned as the parser wrote it.
    public static func usageError(_ parserText: String, in language: Language, width: Int) -> String {
        guard language != .english else { return parserText }
        var lines: [String] = []
        for line in parserText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix(ParserKey.errorPrefix.english) {
                let message = language.parserMessage(String(line.dropFirst(ParserKey.errorPrefix.english.count)))
                lines.append(language.text(ParserKey.errorPrefix) + message)
            } else if let values = Language.values(of: line, matching: ParserKey.helpLine.english) {
                let help = language.text(ParserKey.helpLine, "")
                lines += wrap(help + values[0], indent: TerminalColumns.width(of: help), width: width)
            } else if let values = Language.values(of: line, matching: ParserKey.usageLine.english) {
                let usage = language.text(ParserKey.usageLine, "")
                lines += wrap(usage + words(Substring(values[0]), language), indent: TerminalColumns.width(of: usage), width: width)
            } else if let values = Language.values(of: line, matching: ParserKey.seeHelp.english) {
                lines.append(language.text(ParserKey.seeHelp, values[0]))
            } else {
                lines.append(language.parserMessage(line))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The section heading `line` is (`OPTIONS:`), if it is one.
    private static func headingKey(_ line: String) -> ParserKey? {
        [ParserKey.arguments, .options, .subcommands].first { $0.english == line }
    }

    /// The parser's own words in a usage line (`<subcommand>`, `<options>`), in `language`.
    private static func words(_ usage: Substring, _ language: Language) -> String {
        String(usage).replacing(ParserKey.subcommandValue.english, with: language.text(ParserKey.subcommandValue))
            .replacing(ParserKey.optionsValue.english, with: language.text(ParserKey.optionsValue))
    }

    /// One line of a section: `  label   abstract`, or a line of an abstract or discussion
    /// on its own, with the parser's words replaced and the abstract in its column.
    private static func element(_ line: String, _ language: Language, width: Int) -> [String] {
        let indent = leadingSpaces(line)
        let body = line.dropFirst(indent)
        guard indent > 0, indent < abstractColumn, let gap = body.firstRange(of: "  ") else {
            return wrap(abstract(String(body), language), indent: indent, width: width, firstIndent: indent)
        }
        var label = String(body[..<gap.lowerBound])
        if let values = Language.values(of: label, matching: ParserKey.defaultSubcommand.english) {
            label = language.text(ParserKey.defaultSubcommand, values[0])
        }
        let text = abstract(String(body[gap.upperBound...].trimmingPrefix(while: { $0 == " " })), language)
        let padded = String(repeating: " ", count: indent) + label
        let used = TerminalColumns.width(of: padded)
        guard used < abstractColumn else {
            return [padded] + wrap(text, indent: abstractColumn, width: width, firstIndent: abstractColumn)
        }
        let lines = wrap(text, indent: abstractColumn, width: width, firstIndent: abstractColumn)
        return [padded + lines[0].dropFirst(used)] + lines.dropFirst()
    }

    /// An abstract with the parser's words (standard flags, the default) in `language`.
    private static func abstract(_ text: String, _ language: Language) -> String {
        if text == ParserKey.helpFlag.english { return language.text(ParserKey.helpFlag) }
        if text == ParserKey.versionFlag.english { return language.text(ParserKey.versionFlag) }
        let defaultMark = ParserKey.defaultValue.english.replacing("{0})", with: "")
        guard text.hasSuffix(")"), let start = text.ranges(of: defaultMark).last else { return text }
        let value = String(text[start.upperBound...].dropLast())
        return String(text[..<start.lowerBound]) + language.text(ParserKey.defaultValue, value)
    }

    private static func leadingSpaces(_ line: String) -> Int {
        line.prefix { $0 == " " }.count
    }

    /// `text` broken between words into lines of at most `width` columns, the first
    /// starting at `firstIndent` (its own spaces when nil) and the others at `indent`. A
    /// word longer than a line is kept whole, as the parser does.
    static func wrap(_ text: String, indent: Int, width: Int, firstIndent: Int? = nil) -> [String] {
        let start = firstIndent ?? 0
        let body = firstIndent == nil ? Substring(text) : Substring(text.trimmingPrefix(while: { $0 == " " }))
        var lines: [String] = []
        var current = String(repeating: " ", count: start)
        var empty = true
        for word in body.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = empty ? current + word : current + " " + word
            if empty || TerminalColumns.width(of: candidate) <= width {
                current = candidate
                empty = false
            } else {
                lines.append(current)
                current = String(repeating: " ", count: indent) + word
            }
        }
        lines.append(current)
        return lines
    }
}
