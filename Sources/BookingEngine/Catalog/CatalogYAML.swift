import Yams

/// The catalog's YAML as nodes with their lines, and what every entry's fields look like:
/// known keys only, text where text is expected, each problem placed on its line.
enum CatalogYAML {
    /// The document's root node. YAML's own errors are placed on the line Yams marks.
    static func root(_ text: String) throws(BookingError) -> Node {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw problem(error, in: text)
        } catch {
            throw .invalidCatalog(line: 0, problem: "it is not YAML the catalog reader understands")
        }
        guard let node else { throw .invalidCatalog(line: 0, problem: "it is empty; write its venues and concerts") }
        return node
    }

    private static func problem(_ error: YamlError, in text: String) -> BookingError {
        let hint = "; check the indentation, and put text holding \": \" or \" #\" in quotes"
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .invalidCatalog(line: mark.line, problem: "YAML cannot be read at column \(mark.column): \(printable(problem))" + hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "\"\(printable($0))\"" }.joined(separator: ", ")
            return .invalidCatalog(line: context.mark.line, problem: "\(keys) is written twice in one entry (here and below); keep one")
        case .reader(let problem, let offset, _, _):
            let line = offset.map { offset in text.utf8.prefix(offset).reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } } ?? 0
            return .invalidCatalog(line: line, problem: "the text cannot be read: \(printable(problem))")
        default:
            return .invalidCatalog(line: 0, problem: "YAML cannot be read: \(printable(error.description))" + hint)
        }
    }

    /// Text from the YAML library, without any control character (a message never prints one).
    private static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.generalCategory != .control }))
    }

    /// The line of a node (1-based; 0 when unknown).
    static func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    /// A mapping's fields by key, refusing keys outside `allowed` and missing `required` ones.
    static func fields(_ node: Node, of what: String, allowed: [String], required: [String] = []) throws(BookingError) -> Fields {
        guard case .mapping(let mapping) = node else {
            throw .invalidCatalog(line: line(node), problem: "\(what) must be an entry of \"key: value\" lines (\(allowed.joined(separator: ", ")))")
        }
        var entries: [String: Node] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                throw .invalidCatalog(line: line(key), problem: "a key of \(what) must be a plain word")
            }
            guard allowed.contains(scalar.string) else {
                throw .invalidCatalog(
                    line: line(key),
                    problem: "\(what) has no \"\(printable(scalar.string))\"; expected \(allowed.map { "\"\($0)\"" }.joined(separator: ", "))")
            }
            entries[scalar.string] = value
        }
        if let missing = required.first(where: { entries[$0] == nil }) {
            throw .invalidCatalog(line: line(node), problem: "\(what) needs \"\(missing):\"")
        }
        return Fields(line: line(node), entries: entries)
    }

    /// A list's items, at most `limit` of them.
    static func list(_ node: Node, of what: String, limit: Int) throws(BookingError) -> [Node] {
        guard case .sequence(let sequence) = node else {
            throw .invalidCatalog(line: line(node), problem: "\(what) must be a list (lines starting with \"- \")")
        }
        guard sequence.count <= limit else {
            throw .invalidCatalog(line: line(node), problem: "\(what) has \(sequence.count) entries; at most \(limit) are allowed")
        }
        return Array(sequence)
    }

    /// A scalar's text, trimmed, with `length` characters.
    static func text(_ node: Node, of what: String, length: ClosedRange<Int>) throws(BookingError) -> String {
        guard case .scalar(let scalar) = node else {
            throw .invalidCatalog(line: line(node), problem: "\(what) must be text, not a list or an entry")
        }
        let text = scalar.string.trimmingCharacters(in: " \t")
        guard length.contains(text.count) else {
            throw .invalidCatalog(line: line(node), problem: "\(what) must have \(length.lowerBound) to \(length.upperBound) characters")
        }
        return text
    }

    /// A scalar as a whole number in `range` (digits only).
    static func number(_ node: Node, of what: String, in range: ClosedRange<Int>) throws(BookingError) -> Int {
        guard case .scalar(let scalar) = node, let value = CatalogNumber.parse(scalar.string, in: range) else {
            let shown = node.scalar.map { "\"\(printable($0.string))\" " } ?? ""
            throw .invalidCatalog(line: line(node), problem: "\(what) \(shown)is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// A mapping's fields as found.
    struct Fields {
        let line: Int
        let entries: [String: Node]

        subscript(key: String) -> Node? { entries[key] }
    }
}
