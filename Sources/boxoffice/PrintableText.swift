/// Text from a file, a database or a user made safe to print on a terminal: control
/// characters (escape sequences start with one) are written out as `\u{1B}` instead of
/// being sent, so nothing printed can clear the screen, set the title or the clipboard.
enum PrintableText {
    static func escaped(_ text: String, keepingLineBreaks: Bool = true) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control, !(keepingLineBreaks && scalar == "\n") {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
