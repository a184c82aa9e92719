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
            throw .invalidCatalog(line: 0, problem: .notYAML)
        }
        guard let node else { throw .invalidCatalog(line: 0, problem: .empty) }
        return node
    }

    private static func problem(_ error: YamlError, in text: String) -> BookingError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .invalidCatalog(line: mark.line, problem: .yamlUnreadable(column: mark.column, detail: printable(problem)))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .invalidCatalog(line: context.mark.line, problem: .keysWrittenTwice(keys: duplicates.map(printable)))
        case .reader(let problem, let offset, _, _):
            let line = offset.map { offset in text.utf8.prefix(offset).reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } } ?? 0
            return .invalidCatalog(line: line, problem: .textUnreadable(detail: printable(problem)))
        default:
            return .invalidCatalog(line: 0, problem: .yamlUnreadable(column: nil, detail: printable(error.description)))
        }
    }

    /// Text from the YAML library, without any control character (a message never prints one).
    private static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.generalCategory != .control }))
    }

    /// The line of a node (1-based; 0 when unknown).
    static func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    /// A mapping's fields by key, refusing keys outside `allowed` and missing `required` ones.
    static func fields(_ node: Node, of what: CatalogPart, allowed: [String], required: [String] = []) throws(BookingError) -> Fields {
        guard case .mapping(let mapping) = node else {
            throw .invalidCatalog(line: line(node), problem: .notAnEntry(what, keys: allowed))
        }
        var entries: [String: Node] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                throw .invalidCatalog(line: line(key), problem: .keyNotAWord(what))
            }
            guard allowed.contains(scalar.string) else {
                throw .invalidCatalog(line: line(key), problem: .unknownKey(what, key: printable(scalar.string), expected: allowed))
            }
            entries[scalar.string] = value
        }
        if let missing = required.first(where: { entries[$0] == nil }) {
            throw .invalidCatalog(line: line(node), problem: .missingKey(what, key: missing))
        }
        return Fields(line: line(node), entries: entries)
    }

    /// A list's items, at most `limit` of them.
    static func list(_ node: Node, of what: CatalogPart, limit: Int) throws(BookingError) -> [Node] {
        guard case .sequence(let sequence) = node else {
            throw .invalidCatalog(line: line(node), problem: .notAList(what))
        }
        guard sequence.count <= limit else {
            throw .invalidCatalog(line: line(node), problem: .tooManyEntries(what, count: sequence.count, limit: limit))
        }
        return Array(sequence)
    }

    /// A scalar's text, trimmed, with `length` characters.
    static func text(_ node: Node, of what: CatalogPart, length: ClosedRange<Int>) throws(BookingError) -> String {
        guard case .scalar(let scalar) = node else {
            throw .invalidCatalog(line: line(node), problem: .notText(what))
        }
        let text = scalar.string.trimmingCharacters(in: " \t")
        guard length.contains(text.count) else {
            throw .invalidCatalog(line: line(node), problem: .textLength(what, range: length))
        }
        return text
    }

    /// A scalar as a whole number in `range` (digits only).
    static func number(_ node: Node, of what: CatalogPart, in range: ClosedRange<Int>) throws(BookingError) -> Int {
        guard case .scalar(let scalar) = node, let value = CatalogNumber.parse(scalar.string, in: range) else {
            throw .invalidCatalog(line: line(node), problem: .notAWholeNumber(what, written: node.scalar.map { printable($0.string) }, range: range))
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
