import Foundation

/// The rules for a buyer's name: what identifies a buyer to the engine.
///
/// Names are normalised to Unicode NFC on the way in, so two spellings of one name (`é`
/// as one character or as `e` and an accent, Hangul as syllables or as jamo) are one
/// buyer; after that every store compares names byte for byte.
public enum BuyerName {
    /// The longest name accepted, in characters.
    public static let maxLength = 32
    /// The most Unicode scalars accepted (combining marks add scalars, not characters);
    /// the schema allows 64, so a longer name must be refused here, not by the database.
    public static let maxScalars = 64

    /// `name` in NFC when it is usable; otherwise `invalidUserName` saying why.
    /// Letters of any script, digits, and `. _ -` are allowed, and spaces inside the name;
    /// names starting with `@` are reserved for the box office itself.
    public static func validate(_ name: String) throws(BookingError) -> String {
        let name = name.utf8.allSatisfy({ $0 < 0x80 }) ? name : name.precomposedStringWithCanonicalMapping
        if name.isEmpty { throw .invalidUserName(.empty) }
        if name.count > maxLength { throw .invalidUserName(.tooLong(limit: maxLength)) }
        if name.unicodeScalars.count > maxScalars { throw .invalidUserName(.tooManyMarks) }
        if name.first == " " || name.last == " " { throw .invalidUserName(.edgeSpace) }
        if name.hasPrefix("@") { throw .invalidUserName(.reserved) }
        for scalar in name.unicodeScalars where !isAllowed(scalar) {
            throw .invalidUserName(describe(scalar))
        }
        return name
    }

    /// ASCII is decided without Unicode's property tables, which every token issue would
    /// otherwise consult: among ASCII, only the Latin letters are alphabetic and only 0-9 are decimal digits.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " || scalar == "." || scalar == "_" || scalar == "-" { return true }
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType == .decimal
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }

    private static func describe(_ scalar: Unicode.Scalar) -> NameProblem {
        if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
            return .invisibleCharacter
        }
        return .character("'\(scalar)'")
    }
}
