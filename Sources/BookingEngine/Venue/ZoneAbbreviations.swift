import Foundation
import Synchronization

/// Zone abbreviations ("KST", "EDT") read from the system's compiled zone files
/// (`/usr/share/zoneinfo`, the TZif format of RFC 8536). For an offset and a daylight flag,
/// the name is the one the zone used most recently with that offset and flag.
enum ZoneAbbreviations {
    /// Each zone's names by (offset, daylight); an empty table for a zone without a file.
    private static let tables = Mutex<[String: [Key: String]]>([:])
    static let folder = "/usr/share/zoneinfo/"

    struct Key: Hashable {
        let offset: Int
        let daylight: Bool
    }

    static func name(zone: String, offset: Int, daylight: Bool) -> String? {
        if let table = tables.withLock({ $0[zone] }) { return table[Key(offset: offset, daylight: daylight)] }
        let table = read(zone)
        tables.withLock { $0[zone] = table }
        return table[Key(offset: offset, daylight: daylight)]
    }

    /// The names of a zone file, or none when it is missing or not a TZif file.
    private static func read(_ zone: String) -> [Key: String] {
        guard !zone.contains(".."), !zone.hasPrefix("/"), let data = FileManager.default.contents(atPath: folder + zone) else { return [:] }
        return parse(Array(data)) ?? [:]
    }

    /// Reads the version 2+ block when there is one (64-bit times), else the first.
    static func parse(_ bytes: [UInt8]) -> [Key: String]? {
        guard bytes.count >= 44, bytes[0..<4].elementsEqual("TZif".utf8) else { return nil }
        guard let first = Header(bytes, at: 0) else { return nil }
        if bytes[4] >= UInt8(ascii: "2") {
            let second = 44 + first.size(timeBytes: 4)
            if let header = Header(bytes, at: second) { return names(bytes, header, at: second + 44, timeBytes: 8) }
        }
        return names(bytes, first, at: 44, timeBytes: 4)
    }

    private struct Header {
        let isUTCCount, isStandardCount, leapCount, timeCount, typeCount, charCount: Int

        init?(_ bytes: [UInt8], at start: Int) {
            guard start + 44 <= bytes.count else { return nil }
            let counts = (0..<6).map { index in
                bytes[(start + 20 + index * 4)..<(start + 24 + index * 4)].reduce(0) { $0 << 8 | Int($1) }
            }
            (isUTCCount, isStandardCount, leapCount, timeCount, typeCount, charCount) =
                (counts[0], counts[1], counts[2], counts[3], counts[4], counts[5])
        }

        func size(timeBytes: Int) -> Int {
            timeCount * (timeBytes + 1) + typeCount * 6 + charCount + leapCount * (timeBytes + 4) + isStandardCount + isUTCCount
        }
    }

    private static func names(_ bytes: [UInt8], _ header: Header, at start: Int, timeBytes: Int) -> [Key: String]? {
        guard start + header.size(timeBytes: timeBytes) <= bytes.count, header.typeCount > 0 else { return nil }
        let typeIndices = start + header.timeCount * timeBytes
        let types = typeIndices + header.timeCount
        let chars = types + header.typeCount * 6
        func type(_ index: Int) -> (Key, String)? {
            guard index < header.typeCount else { return nil }
            let at = types + index * 6
            let offset = Int(Int32(bitPattern: bytes[at..<(at + 4)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }))
            let nameStart = chars + Int(bytes[at + 5])
            guard nameStart < chars + header.charCount else { return nil }
            let nameEnd = bytes[nameStart..<(chars + header.charCount)].firstIndex(of: 0) ?? chars + header.charCount
            return (Key(offset: offset, daylight: bytes[at + 4] != 0), String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self))
        }
        var table: [Key: String] = [:]
        for index in 0..<header.typeCount {
            if let (key, name) = type(index), table[key] == nil { table[key] = name }
        }
        for transition in 0..<header.timeCount {
            if let (key, name) = type(Int(bytes[typeIndices + transition])) { table[key] = name }
        }
        return table
    }
}
