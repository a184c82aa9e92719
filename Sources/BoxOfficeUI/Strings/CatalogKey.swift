/// A set of catalog keys: every key has a template in each language's catalog.
///
/// Each language's catalog is an exhaustive `switch` over the keys (in `English/` and
/// `Korean/`), so a key without a value does not compile. Templates take arguments as
/// numbered placeholders, `{0}`, `{1}`, …, which a translation may reorder; the catalog
/// tests check that both languages use the same placeholders.
public protocol CatalogKey: CaseIterable, Sendable, Hashable, RawRepresentable where RawValue == String {
    /// The English template.
    var english: String { get }
    /// The Korean template.
    var korean: String { get }
}

extension Language {
    /// The template of `key` in this language, its placeholders filled with `arguments`.
    public func text<Key: CatalogKey>(_ key: Key, _ arguments: any CustomStringConvertible...) -> String {
        Self.fill(template(key), with: arguments.map(\.description))
    }

    /// The template of `key` in this language, unfilled.
    public func template<Key: CatalogKey>(_ key: Key) -> String {
        switch self {
        case .english: key.english
        case .korean: key.korean
        }
    }

    /// `template` with each `{n}` replaced by `arguments[n]`; a placeholder without an
    /// argument is left as written, so a missing argument shows rather than vanishes.
    public static func fill(_ template: String, with arguments: [String]) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let index = Int(rest[afterOpen..<close]),
                arguments.indices.contains(index)
            {
                result += arguments[index]
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    /// The placeholder numbers a template uses.
    static func placeholders(in template: String) -> Set<Int> {
        Set(template.matches(of: /\{(\d+)\}/).compactMap { Int($0.output.1) })
    }
}
