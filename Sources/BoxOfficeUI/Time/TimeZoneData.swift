import Foundation
import Synchronization

/// A zone's abbreviations over time, read from the tz database's TZif file
/// (`/usr/share/zoneinfo`, Debian's required `tzdata`).
///
/// Foundation on Linux names every zone `GMT+x`; the tz database has the names people use
/// (KST, EST in January and EDT in July, IST), per moment. Offsets still come from
/// Foundation; this only names them.
struct TimeZoneData: Sendable {
    /// Transition moments in seconds since 1970, ascending.
    let transitions: [Int64]
    /// For each transition, the index of the local-time type that starts there.
    let typeIndices: [Int]
    /// The local-time types: abbreviation and whether it is daylight time.
    let types: [(abbreviation: String, isDaylight: Bool)]
    /// The standard and daylight names of the rule after the last transition (the file's footer).
    let ruleNames: (standard: String, daylight: String?)?

    /// Where the tz database lives.
    static let folder = "/usr/share/zoneinfo/"

    /// The abbreviation in effect at `seconds`; `isDaylight` (from Foundation) picks between
    /// the footer rule's names past the last transition.
    func abbreviation(at seconds: Int64, isDaylight: Bool) -> String? {
        guard let last = transitions.lastIndex(where: { $0 <= seconds }) else {
            return types.first { !$0.isDaylight }?.abbreviation ?? types.first?.abbreviation
        }
        if last == transitions.count - 1, let ruleNames {
            return isDaylight ? (ruleNames.daylight ?? ruleNames.standard) : ruleNames.standard
        }
        let type = typeIndices[last]
        return types.indices.contains(type) ? types[type].abbreviation : nil
    }

    private static let cache = Mutex<[String: TimeZoneData?]>([:])

    /// The data of zone `identifier`, read once per process; nil when the id is not a plain
    /// tz database name or the file is missing or malformed.
    static func named(_ identifier: String) -> TimeZoneData? {
        if let known = cache.withLock({ $0[identifier] }) { return known }
        let data = read(identifier)
        cache.withLock { $0[identifier] = data }
        return data
    }

    private static func read(_ identifier: String) -> TimeZoneData? {
        let allowed = identifier.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/_+-".contains($0)) }
        guard allowed, !identifier.isEmpty, !identifier.hasPrefix("/"), !identifier.contains("..") else { return nil }
        guard let bytes = FileManager.default.contents(atPath: folder + identifier) else { return nil }
        return TZifParser(Array(bytes)).parse()
    }
}

/// Reads the parts of a TZif file (RFC 8536) that name local time: the 64-bit block of
/// version 2 and later, and the footer's rule.
private struct TZifParser {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func parse() -> TimeZoneData? {
        guard bytes.count >= 44, bytes[0..<4].elementsEqual("TZif".utf8) else { return nil }
        guard bytes[4] >= UInt8(ascii: "2"), let first = counts(at: 0) else { return nil }
        let secondHeader = 44 + first.blockLength(timeSize: 4)
        guard let counts = counts(at: secondHeader) else { return nil }
        var offset = secondHeader + 44
        guard bytes.count >= offset + counts.blockLength(timeSize: 8) else { return nil }
        let transitions = (0..<counts.times).map { Int64(bitPattern: number(at: offset + $0 * 8, size: 8)) }
        offset += counts.times * 8
        let typeIndices = (0..<counts.times).map { Int(bytes[offset + $0]) }
        offset += counts.times
        let typeStart = offset
        offset += counts.types * 6
        let names = Array(bytes[offset..<(offset + counts.characters)])
        let types = (0..<counts.types).map { index -> (abbreviation: String, isDaylight: Bool) in
            let entry = typeStart + index * 6
            let start = Int(bytes[entry + 5])
            let end = names[min(start, names.count)...].firstIndex(of: 0) ?? names.count
            return (String(decoding: names[min(start, names.count)..<end], as: UTF8.self), bytes[entry + 4] != 0)
        }
        let footerStart = secondHeader + 44 + counts.blockLength(timeSize: 8)
        let footer = footerStart < bytes.count ? String(decoding: bytes[footerStart...], as: UTF8.self) : ""
        return TimeZoneData(transitions: transitions, typeIndices: typeIndices, types: types,
                            ruleNames: Self.ruleNames(footer.trimmingCharacters(in: .newlines)))
    }

    private struct Counts {
        let utIndicators, standardIndicators, leaps, times, types, characters: Int

        func blockLength(timeSize: Int) -> Int {
            times * (timeSize + 1) + types * 6 + characters + leaps * (timeSize + 4) + standardIndicators + utIndicators
        }
    }

    private func counts(at header: Int) -> Counts? {
        guard bytes.count >= header + 44, bytes[header..<(header + 4)].elementsEqual("TZif".utf8) else { return nil }
        let values = (0..<6).map { Int(number(at: header + 20 + $0 * 4, size: 4)) }
        return Counts(utIndicators: values[0], standardIndicators: values[1], leaps: values[2], times: values[3],
                      types: values[4], characters: values[5])
    }

    private func number(at offset: Int, size: Int) -> UInt64 {
        bytes[offset..<(offset + size)].reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The names in a POSIX TZ rule such as `EST5EDT,M3.2.0,M11.1.0` or `<+0530>-5:30`.
    static func ruleNames(_ rule: String) -> (standard: String, daylight: String?)? {
        var rest = Substring(rule)
        guard let standard = name(&rest) else { return nil }
        rest = rest.drop { "+-0123456789:".contains($0) }
        return (standard, name(&rest))
    }

    private static func name(_ rest: inout Substring) -> String? {
        if rest.first == "<", let close = rest.firstIndex(of: ">") {
            defer { rest = rest[rest.index(after: close)...] }
            return String(rest[rest.index(after: rest.startIndex)..<close])
        }
        let letters = rest.prefix { $0.isLetter }
        guard !letters.isEmpty else { return nil }
        rest = rest.dropFirst(letters.count)
        return String(letters)
    }
}
